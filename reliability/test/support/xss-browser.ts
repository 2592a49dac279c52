import { chromiumLaunchOptions } from "@unilink/testing";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium with the flags TOOLCHAIN.md prescribes (no browser download, ever). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Everything a page did that script execution could show. */
export interface PageWatch {
  /** `alert`/`confirm`/`prompt` dialogs (dismissed at once). */
  dialogs: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Console messages, `type: text`. */
  console: string[];
  /** Popups (new windows) the page opened. */
  popups: string[];
  /** Requests to anything but the page's own origin (answered with 404 without leaving the machine). */
  external: string[];
}

// A 1x1 transparent GIF: external images "load", so no error event fires for a reason other than a payload.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * Opens a page that records dialogs, errors, console output and popups, and
 * keeps every request on 127.0.0.1: other hosts get a blank image (images)
 * or a 404, so nothing leaves the machine.
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2000 } });
  const page = await context.newPage();
  const watch: PageWatch = { dialogs: [], pageErrors: [], console: [], popups: [], external: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  page.on("console", (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  context.on("page", (popup) => {
    watch.popups.push(popup.url());
    void popup.close().catch(() => {});
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    watch.external.push(url);
    if (route.request().resourceType() === "image") {
      return route.fulfill({ status: 200, contentType: "image/gif", body: PIXEL });
    }
    return route.fulfill({ status: 404, body: "" });
  });
  return { page, watch };
}
