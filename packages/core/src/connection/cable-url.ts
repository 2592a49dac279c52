const ABSOLUTE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(.*)$/i;

function currentOrigin(): { protocol: string; host: string } | undefined {
  const location = (globalThis as { location?: { protocol?: unknown; host?: unknown } }).location;
  if (typeof location?.protocol !== "string" || typeof location.host !== "string") return undefined;
  if (location.host === "") return undefined;
  return { protocol: location.protocol, host: location.host };
}

/**
 * Turns an installation URL into the cable endpoint: `http` becomes `ws`,
 * `https` becomes `wss`, and `/cable` is appended when the path is empty or
 * `/`. A path-only URL (`/cable`) is resolved against the page's origin when
 * there is one. Anything else is returned unchanged.
 *
 * @example
 * toCableUrl("https://chat.example.com"); // "wss://chat.example.com/cable"
 */
export function toCableUrl(url: string): string {
  const trimmed = url.trim();
  const match = ABSOLUTE.exec(trimmed);
  if (!match) {
    const origin =
      trimmed.startsWith("/") && !trimmed.startsWith("//") ? currentOrigin() : undefined;
    if (!origin) return trimmed;
    const scheme = origin.protocol === "https:" ? "wss" : "ws";
    return toCableUrl(`${scheme}://${origin.host}${trimmed}`);
  }
  const [, rawScheme = "", authority = "", rawPath = "", rest = ""] = match;
  const lower = rawScheme.toLowerCase();
  const scheme = lower === "http" ? "ws" : lower === "https" ? "wss" : lower;
  const path = rawPath === "" || rawPath === "/" ? "/cable" : rawPath;
  return `${scheme}://${authority}${path}${rest}`;
}
