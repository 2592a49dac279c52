/** Where `pnpm dev` runs the dev server. */
export const DEFAULT_SERVER_URL = "http://127.0.0.1:3030";

/**
 * The installation to talk to: `?server=<url>` in the page address (tests
 * use it to point a built app at any port), else `VITE_UNILINK_URL`, else
 * the dev server's default address.
 */
export function serverUrl(): string {
  const fromPage = new URLSearchParams(window.location.search).get("server");
  const url = fromPage || import.meta.env.VITE_UNILINK_URL || DEFAULT_SERVER_URL;
  return url.replace(/\/+$/, "");
}
