import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { type DevServerProcess, startDevServerProcess } from "./dev-server-process";
import { DASHBOARD_DIR, WIDGET_DIR } from "./paths";
import { type AppPreview, previewApp } from "./preview";

/** Everything a browser test needs: a fresh dev server, both built apps, Chromium. */
export interface Stack {
  dev: DevServerProcess;
  dashboard: AppPreview;
  widget: AppPreview;
  browser: Browser;
  /** Closes the browser and the previews, and stops the dev server by PID. */
  stop(): Promise<void>;
}

/** Starts the stack: the dev server without traffic, from the fixed seed. */
export async function startStack(): Promise<Stack> {
  const started = await Promise.allSettled([
    startDevServerProcess(["--port", "0", "--no-traffic", "--seed", "42"]),
    previewApp(DASHBOARD_DIR),
    previewApp(WIDGET_DIR),
    launchChromium(),
  ] as const);
  const [dev, dashboard, widget, browser] = started;
  const stop = async () => {
    if (browser.status === "fulfilled") await browser.value.close();
    if (dashboard.status === "fulfilled") await dashboard.value.close();
    if (widget.status === "fulfilled") await widget.value.close();
    if (dev.status === "fulfilled") await dev.value.stop();
  };
  if (
    dev.status === "rejected" ||
    dashboard.status === "rejected" ||
    widget.status === "rejected" ||
    browser.status === "rejected"
  ) {
    await stop();
    const failed = started.find((s) => s.status === "rejected") as PromiseRejectedResult;
    throw failed.reason;
  }
  return {
    dev: dev.value,
    dashboard: dashboard.value,
    widget: widget.value,
    browser: browser.value,
    stop,
  };
}
