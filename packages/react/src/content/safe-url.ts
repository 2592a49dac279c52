/** What a URL is for: a clickable link, or a media/file source (`src`, download link). */
export type UrlPurpose = "link" | "media";

const ALLOWED: Record<UrlPurpose, ReadonlySet<string>> = {
  link: new Set(["http:", "https:", "mailto:", "tel:"]),
  media: new Set(["http:", "https:"]),
};

// Control characters and whitespace inside a URL are how `java\nscript:` slips past naive checks.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/;

function baseUrl(): string {
  const href = (globalThis as { location?: { href?: unknown } }).location?.href;
  return typeof href === "string" && /^https?:/.test(href) ? href : "https://unilink.invalid/";
}

/**
 * The URL, trimmed, when it is safe to put in `href`/`src` for `purpose`;
 * otherwise `undefined`. Links allow `http(s)`, `mailto` and `tel`; media
 * only `http(s)`. Relative URLs resolve against the page. `javascript:`,
 * `data:`, `vbscript:`, `blob:`, `file:` and anything with control
 * characters are refused.
 *
 * @example
 * safeUrl("javascript:alert(1)"); // undefined
 * safeUrl(" https://example.com/a ") // "https://example.com/a"
 */
export function safeUrl(url: unknown, purpose: UrlPurpose = "link"): string | undefined {
  if (typeof url !== "string") return undefined;
  const trimmed = url.trim();
  if (trimmed === "" || trimmed.length > 4096 || CONTROL_OR_SPACE.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, baseUrl());
  } catch {
    return undefined;
  }
  return ALLOWED[purpose].has(parsed.protocol) ? trimmed : undefined;
}

/**
 * True when `url` may be rendered as a link (`purpose: "link"`: http, https,
 * mailto, tel) or as a media source (`"media"`: http, https).
 *
 * @example
 * isSafeUrl("mailto:ana@example.com"); // true
 * isSafeUrl("mailto:ana@example.com", "media"); // false
 */
export function isSafeUrl(url: unknown, purpose: UrlPurpose = "link"): boolean {
  return safeUrl(url, purpose) !== undefined;
}
