/**
 * Browser-side checks of the XSS test. Each function is sent to the page
 * with `page.evaluate`, so it must stay self-contained (no imports, no
 * closures over this module).
 */

/** What one scan of the `[data-xss-root]` subtrees found. */
export interface ScanResult {
  /** Every unsafe thing found, readable (empty when the DOM is inert). */
  violations: string[];
  /** Elements, links (`a[href]`) and media sources looked at. */
  elements: number;
  links: number;
  media: number;
  /** `textContent` of each root, by root name. */
  texts: Record<string, string>;
}

/** Schemes allowed in a clickable URL and in a media/file URL. */
export interface SchemePolicy {
  link: string[];
  media: string[];
}

/**
 * Walks every element under `[data-xss-root]` and reports: elements that
 * run or load code or change the document (`script`, `iframe`, `object`,
 * `embed`, `base`, `meta`, `link`, `style`, SVG animation, …; the
 * composer's own `<form>` is fine, its `action` is checked below), any
 * `on*` attribute, `srcdoc`, URL attributes (`href`, `xlink:href`,
 * `action`, `formaction`, `src`, `poster`, `data`, `srcset`, …) whose
 * scheme, as the browser resolves it, is not allowed, style attributes
 * with `url(`/`expression(`/`javascript:`, and `target=_blank` links
 * without `rel=noopener`.
 */
export function scanRoots(policy: SchemePolicy): ScanResult {
  const forbidden = new Set([
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "portal",
    "base",
    "meta",
    "link",
    "style",
    "noscript",
    "template",
    "math",
    "foreignobject",
    "animate",
    "animatemotion",
    "animatetransform",
    "set",
    "handler",
  ]);
  const linkAttributes = new Set(["href", "xlink:href", "action", "formaction"]);
  const mediaAttributes = new Set([
    "src",
    "poster",
    "data",
    "background",
    "lowsrc",
    "dynsrc",
    "codebase",
  ]);
  const result: ScanResult = { violations: [], elements: 0, links: 0, media: 0, texts: {} };
  const schemeOf = (value: string) => {
    try {
      return new URL(value, document.baseURI).protocol;
    } catch {
      return "(unparsable)";
    }
  };
  for (const root of Array.from(document.querySelectorAll("[data-xss-root]"))) {
    const rootName = root.getAttribute("data-xss-root") ?? "?";
    result.texts[rootName] = root.textContent ?? "";
    const report = (element: Element, what: string) =>
      result.violations.push(`${rootName}: <${element.localName}> ${what}`);
    for (const element of Array.from(root.querySelectorAll("*"))) {
      result.elements++;
      const tag = element.localName.toLowerCase();
      if (forbidden.has(tag)) report(element, "element");
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        const value = attribute.value;
        const shown = JSON.stringify(value.slice(0, 100));
        if (name.startsWith("on")) report(element, `${name}=${shown}`);
        else if (name === "srcdoc") report(element, `srcdoc=${shown}`);
        else if (
          name === "style" &&
          /url\s*\(|expression\s*\(|javascript:|-moz-binding|behavior\s*:/i.test(value)
        ) {
          report(element, `style=${shown}`);
        } else if (name === "srcset" || name === "imagesrcset") {
          for (const candidate of value.split(",")) {
            const url = candidate.trim().split(/\s+/)[0] ?? "";
            result.media++;
            if (!policy.media.includes(schemeOf(url))) report(element, `${name}=${shown}`);
          }
        } else if (linkAttributes.has(name) || mediaAttributes.has(name)) {
          const allowed = linkAttributes.has(name) ? policy.link : policy.media;
          if (linkAttributes.has(name)) result.links++;
          else result.media++;
          const scheme = schemeOf(value);
          if (!allowed.includes(scheme)) report(element, `${name}=${shown} (${scheme})`);
        }
      }
      if (
        tag === "a" &&
        element.getAttribute("target") === "_blank" &&
        !/\bnoopener\b/.test(element.getAttribute("rel") ?? "")
      ) {
        report(element, "target=_blank without rel=noopener");
      }
    }
  }
  return result;
}

/**
 * Pokes everything under the roots as a user would, so a handler that
 * slipped through would fire: pointer and mouse over/enter, focus, and a
 * click on every link. Navigation to an allowed scheme is cancelled (it
 * would leave the page); anything else is let through, so a `javascript:`
 * link would run and set the sentinel. Resolves after two frames.
 */
export async function pokeRoots(allowedLinkSchemes: string[]): Promise<number> {
  const cancelSafeNavigation = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
    if (link && allowedLinkSchemes.includes(link.protocol)) event.preventDefault();
  };
  document.addEventListener("click", cancelSafeNavigation, true);
  let poked = 0;
  try {
    const elements = Array.from(document.querySelectorAll("[data-xss-root] *"));
    for (const element of elements) {
      for (const type of ["pointerover", "pointerenter", "mouseover", "mouseenter", "mousemove"]) {
        element.dispatchEvent(
          new MouseEvent(type, { bubbles: type.endsWith("over"), cancelable: true }),
        );
      }
      if (element instanceof HTMLElement || element instanceof SVGElement) element.focus?.();
      if (element instanceof HTMLAnchorElement || element instanceof SVGAElement) {
        (element as HTMLElement).click?.();
        element.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      }
      poked++;
    }
    for (let frame = 0; frame < 2; frame++)
      await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    document.removeEventListener("click", cancelSafeNavigation, true);
  }
  return poked;
}

/**
 * Resolves once every eagerly loaded image under the roots finished
 * loading or failing (an injected `onerror` would have fired by then),
 * plus two frames. Lazy images out of view never start, so they are not
 * waited for (the scan checks their `src` anyway).
 */
export async function settleMedia(): Promise<void> {
  const pending = Array.from(document.querySelectorAll("[data-xss-root] img")).filter(
    (img) => !(img as HTMLImageElement).complete && (img as HTMLImageElement).loading !== "lazy",
  );
  await Promise.all(
    pending.map(
      (img) =>
        new Promise((resolve) => {
          img.addEventListener("load", resolve, { once: true });
          img.addEventListener("error", resolve, { once: true });
        }),
    ),
  );
  for (let frame = 0; frame < 2; frame++)
    await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * Text under the roots that still holds bidi embedding, override or
 * isolate controls (U+202A-E, U+2066-9) where they could reorder text
 * that is not theirs: the nearest element that bounds them (isolating
 * `unicode-bidi`, e.g. `<bdi>` or a `dir` attribute, or a block) must be
 * message text (`.unilink-content`) or an isolate. Names, titles and
 * labels are expected to have them stripped.
 */
export function bidiLeaks(): string[] {
  const controls = /[\u202a-\u202e\u2066-\u2069]/u;
  const leaks: string[] = [];
  for (const root of Array.from(document.querySelectorAll("[data-xss-root]"))) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!controls.test(node.textContent ?? "")) continue;
      const parent = node.parentElement as Element;
      let boundary: Element | null = parent;
      while (boundary && boundary !== root) {
        const style = getComputedStyle(boundary);
        if (/isolate|plaintext/.test(style.unicodeBidi) || !style.display.startsWith("inline"))
          break;
        boundary = boundary.parentElement;
      }
      const isolated =
        boundary !== null &&
        boundary !== root &&
        (boundary.closest(".unilink-content") !== null ||
          /isolate|plaintext/.test(getComputedStyle(boundary).unicodeBidi));
      if (!isolated) {
        const where = `${parent.localName}.${Array.from(parent.classList).join(".")}`;
        leaks.push(
          `${root.getAttribute("data-xss-root")}: ${where} ${JSON.stringify(node.textContent?.slice(0, 40))}`,
        );
      }
    }
  }
  return leaks;
}
