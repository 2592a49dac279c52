import type { XssPayload } from "../../xss-page/src/scenario";

/** A payload of the corpus: what it tries, in a few words. */
export interface CorpusEntry extends XssPayload {
  family: "html" | "handler" | "url" | "obfuscated-url" | "svg" | "markdown" | "autolink" | "bidi";
}

// Every executing payload sets `window.__xss` (the sentinel) or opens a dialog.
const S = "window.__xss";

const entry = (family: CorpusEntry["family"], tag: string, text: string): CorpusEntry => ({
  family,
  tag,
  text,
});

/**
 * The XSS corpus (70+ payloads): markup and script tags, event-handler
 * attributes, `javascript:`/`data:`/`vbscript:` URLs plainly and obfuscated
 * (case, whitespace and control characters, HTML entities, percent
 * encoding, unicode look-alikes), SVG, markdown and autolink tricks,
 * mutation-XSS shapes and bidi overrides. Each goes into message contents,
 * contact and agent names, avatar and attachment URLs, labels, typing
 * names and notification titles.
 */
export const XSS_CORPUS: readonly CorpusEntry[] = [
  entry("html", "script", `<script>${S}="script"</script>`),
  entry("html", "script-src", `<script src="data:text/javascript,${S}='script-src'"></script>`),
  entry("html", "script-split", `<scr<script>ipt>${S}="split"</scr</script>ipt>`),
  entry("html", "iframe-js", `<iframe src="javascript:parent.__xss='iframe'"></iframe>`),
  entry(
    "html",
    "iframe-srcdoc",
    `<iframe srcdoc="<script>parent.__xss='srcdoc'</script>"></iframe>`,
  ),
  entry("html", "object", `<object data="javascript:${S}='object'"></object>`),
  entry("html", "embed", `<embed src="javascript:${S}='embed'">`),
  entry("html", "form-action", `<form action="javascript:${S}='form'"><button>go</button></form>`),
  entry("html", "formaction", `<button formaction="javascript:${S}='formaction'">x</button>`),
  entry(
    "html",
    "meta-refresh",
    `<meta http-equiv="refresh" content="0;url=javascript:${S}='meta'">`,
  ),
  entry("html", "base", `<base href="javascript:${S}='base'//">`),
  entry(
    "html",
    "link-import",
    `<link rel="import" href="data:text/html,<script>${S}='link'</script>">`,
  ),
  entry("html", "style-import", `<style>@import "javascript:${S}='style'";</style>`),
  entry("html", "style-attr", `<div style="background:url(javascript:${S}='css')">x</div>`),
  entry("html", "breakout-dq", `"><img src=x onerror=${S}="breakout-dq">`),
  entry("html", "breakout-sq", `'><script>${S}="breakout-sq"</script>`),
  entry("html", "textarea", `</textarea><script>${S}="textarea"</script>`),
  entry("html", "title", `</title><script>${S}="title"</script>`),
  entry(
    "html",
    "mxss-noscript",
    `<noscript><p title="</noscript><img src=x onerror=${S}='noscript'>">`,
  ),
  entry("html", "mxss-math", `<math><mtext><table><mglyph><style><img src=x onerror=${S}='math'>`),
  entry("html", "template", `{{constructor.constructor('${S}="template"')()}}`),
  entry("html", "alert", "<script>alert(1)</script>"),
  entry("handler", "img-onerror", `<img src=x onerror="${S}='img'">`),
  entry("handler", "img-upper", `<IMG SRC=x ONERROR="${S}='IMG'">`),
  entry("handler", "img-entities", `<img src=x onerror="&#119;indow.__xss='entities'">`),
  entry("handler", "img-alert", "<img src=x onerror=alert(document.domain)>"),
  entry("handler", "body-onload", `<body onload="${S}='body'">`),
  entry("handler", "details", `<details open ontoggle="${S}='details'">x</details>`),
  entry("handler", "autofocus", `<input autofocus onfocus="${S}='autofocus'">`),
  entry("handler", "marquee", `<marquee onstart="${S}='marquee'">x</marquee>`),
  entry("handler", "video-source", `<video><source onerror="${S}='video'"></video>`),
  entry("handler", "audio", `<audio src=x onerror="${S}='audio'">`),
  entry("handler", "mouseover", `<a onmouseover="${S}='mouseover'">hover me</a>`),
  entry("handler", "slashes", `<img/src=x/onerror=${S}='slashes'>`),
  entry("svg", "svg-onload", `<svg onload="${S}='svg'">`),
  entry("svg", "svg-script", `<svg><script>${S}="svg-script"</script></svg>`),
  entry(
    "svg",
    "svg-xlink",
    `<svg><a xlink:href="javascript:${S}='xlink'"><text x="20" y="20">x</text></a></svg>`,
  ),
  entry(
    "svg",
    "svg-animate",
    `<svg><animate onbegin="${S}='animate'" attributeName="x" dur="1s"/></svg>`,
  ),
  entry(
    "svg",
    "svg-set",
    `<svg><a><set attributeName="href" to="javascript:${S}='set'"/><text y="20">x</text></a></svg>`,
  ),
  entry(
    "svg",
    "svg-foreign",
    `<svg><foreignObject><iframe src="javascript:parent.__xss='foreign'"></iframe></foreignObject></svg>`,
  ),
  entry("url", "js", `javascript:${S}='js'`),
  entry("url", "js-alert", "javascript:alert(1)"),
  entry("url", "data-html", `data:text/html,<script>${S}='data'</script>`),
  entry(
    "url",
    "data-b64",
    "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9J2I2NCc8L3NjcmlwdD4=",
  ),
  entry("url", "data-svg", `DATA:image/svg+xml,<svg onload="${S}='data-svg'">`),
  entry("url", "vbscript", "vbscript:msgbox(1)"),
  entry("url", "blob", "blob:https://unilink.invalid/6f1c0e57-7a05-4b38-9d0d-5f1b2f6cbd1e"),
  entry("url", "file", "file:///etc/passwd"),
  entry("url", "quote-break", `https://files.example.com/a.png" onerror="${S}='quote'`),
  entry("url", "tag-in-url", `https://files.example.com/<script>${S}='tag'</script>.png`),
  entry("obfuscated-url", "js-case", `JaVaScRiPt:${S}='case'`),
  entry("obfuscated-url", "js-space", ` \t javascript:${S}='space'`),
  entry("obfuscated-url", "js-tab", `java\tscript:${S}='tab'`),
  entry("obfuscated-url", "js-newline", `java\nscript:${S}='newline'`),
  entry("obfuscated-url", "js-cr", `java\rscript:${S}='cr'`),
  entry("obfuscated-url", "js-nul", `java\u0000script:${S}='nul'`),
  entry("obfuscated-url", "js-control", `\u0001\u0002javascript:${S}='control'`),
  entry("obfuscated-url", "js-entity-tab", `jav&#x09;ascript:${S}='entity-tab'`),
  entry(
    "obfuscated-url",
    "js-entities",
    `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${S}='entities'`,
  ),
  entry("obfuscated-url", "js-colon", `javascript&colon;${S}='colon'`),
  entry("obfuscated-url", "js-percent", `javascript:%77indow.__xss='percent'`),
  entry("obfuscated-url", "js-comment", "javascript://%0Aalert(1)"),
  entry("obfuscated-url", "js-cyrillic", `j\u0430vascript:${S}='cyrillic'`),
  entry(
    "obfuscated-url",
    "js-fullwidth",
    `\uff4a\uff41\uff56\uff41\uff53\uff43\uff52\uff49\uff50\uff54:${S}='fullwidth'`,
  ),
  entry("obfuscated-url", "js-zero-width", `java\u200bscript:${S}='zwsp'`),
  entry("obfuscated-url", "vbs-case", "VbScRiPt:msgbox(1)"),
  entry("obfuscated-url", "js-escape", `\\u006aavascript:${S}='escape'`),
  entry("markdown", "md-link", `[x](javascript:${S}='md-link')`),
  entry("markdown", "md-link-space", `[x](  javascript:${S}='md-space'  )`),
  entry("markdown", "md-image", `![img](javascript:${S}='md-image')`),
  entry("markdown", "md-reference", `[x][1]\n\n[1]: javascript:${S}='md-ref'`),
  entry("markdown", "md-bold-link", `**[bold](javascript:${S}='md-bold')**`),
  entry("markdown", "md-data", `[x](data:text/html,<script>${S}='md-data'</script>)`),
  entry("markdown", "md-html", `**bold** <b onmouseover="${S}='md-html'">x</b>`),
  entry("markdown", "md-code", "`<script>window.__xss='code'</script>`"),
  entry("markdown", "md-fence", "```html\n<script>window.__xss='fence'</script>\n```"),
  entry(
    "markdown",
    "md-list",
    `- <img src=x onerror=${S}='list'>\n- [a](javascript:${S}='list-link')`,
  ),
  entry("autolink", "auto-angle", `<javascript:${S}='angle'>`),
  entry("autolink", "auto-www", `www.example.com/"onmouseover="${S}='www'"`),
  entry("autolink", "auto-query", `https://x.example/?q=<img src=x onerror=${S}='query'>`),
  entry("autolink", "auto-mailto", `mailto:a@example.com?body=<script>${S}='mailto'</script>`),
  entry("autolink", "auto-email", `ana@example.com"><script>${S}='email'</script>`),
  entry("autolink", "auto-tel", `tel:+15551234<svg onload=${S}='tel'>`),
  entry("autolink", "auto-js-path", "see https://example.com/javascript:alert(1) now"),
  entry("bidi", "bidi-rlo", "\u202Egnp.exe"),
  entry("bidi", "bidi-name", "Ana\u202E\u2066 nimdA\u2069"),
  entry("bidi", "bidi-file", "invoice\u202Efdp.js"),
  entry("bidi", "bidi-url", "\u200F\u202Bhttps://evil.example\u202C"),
  entry("bidi", "bidi-js", `\u202Ejavascript:${S}='bidi'`),
];
