/** Launch options for a headless Chromium, in the shape Playwright's `chromium.launch` takes. */
export interface ChromiumLaunchOptions {
  /** The browser binary: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`. */
  executablePath: string;
  /** Always true. */
  headless: true;
  /** Flags for a closed network: no sandbox (root), no GPU, no background traffic. */
  args: string[];
}

/**
 * The system Chromium with the flags browser tests use here: never a
 * downloaded browser, and no background networking (a closed network refuses
 * it, many connections at a time).
 *
 * @example
 * const browser = await chromium.launch(chromiumLaunchOptions());
 */
export function chromiumLaunchOptions(): ChromiumLaunchOptions {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
