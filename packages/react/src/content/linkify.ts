import { safeUrl } from "./safe-url";

/** Plain text, or an auto-detected link with a safe `href`. */
export type LinkToken =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string };

// Explicit http(s)/mailto/tel URLs, bare www. hosts, and e-mail addresses.
const CANDIDATE =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\bmailto:[^\s<>"]+|\btel:\+?[\d().-]{3,}\d|[\w.%+-]+@[a-z\d.-]+\.[a-z]{2,}/gi;

const TRAILING = /[.,:;!?'"*_~]+$/;

// Sentence punctuation and an unbalanced closing bracket are not part of the URL.
function trimTrailing(candidate: string): string {
  let text = candidate.replace(TRAILING, "");
  while (text.endsWith(")") && count(text, "(") < count(text, ")")) {
    text = text.slice(0, -1).replace(TRAILING, "");
  }
  return text;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function hrefOf(text: string): string | undefined {
  if (/^www\./i.test(text)) return safeUrl(`https://${text}`);
  if (/^(?:https?|mailto|tel):/i.test(text)) return safeUrl(text);
  return safeUrl(`mailto:${text}`);
}

/**
 * Splits text into text and link tokens. Only `http(s)`, `www.`, `mailto:`,
 * `tel:` and e-mail addresses become links, and only when {@link safeUrl}
 * accepts them: `javascript:alert(1)` stays text.
 *
 * @example
 * linkify("see https://example.com.");
 * // [{type:"text",text:"see "},{type:"link",text:"https://example.com",href:"https://example.com"},{type:"text",text:"."}]
 */
export function linkify(text: string): LinkToken[] {
  const tokens: LinkToken[] = [];
  let last = 0;
  const push = (token: LinkToken) => {
    const previous = tokens[tokens.length - 1];
    if (token.type === "text" && previous?.type === "text") previous.text += token.text;
    else if (token.type === "link" || token.text !== "") tokens.push(token);
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const candidate = trimTrailing(match[0]);
    const href = candidate === "" ? undefined : hrefOf(candidate);
    if (!href) continue;
    push({ type: "text", text: text.slice(last, start) });
    push({ type: "link", text: candidate, href });
    last = start + candidate.length;
  }
  push({ type: "text", text: text.slice(last) });
  return tokens;
}
