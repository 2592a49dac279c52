import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunchOptions } from "@unilink/testing";
import { type Browser, type BrowserContext, chromium } from "playwright-core";

/**
 * A headful Chromium (in a virtual X display) that throttles hidden pages
 * the way a user's browser does, only sooner: chained timers of a page
 * hidden for `graceSeconds` wake at most once a minute.
 *
 * Why not `chromium.launch`: Playwright starts Chromium with flags that turn
 * background throttling off, and it enables focus emulation on every page it
 * opens, which keeps a background tab `visible`. Headless Chromium reports
 * every page visible anyway. So Chromium is started here with a debugging
 * port and Playwright attaches without its page defaults (`noDefaults`): tabs
 * of the default context then hide like real tabs when another is in front.
 */
export interface ThrottlingBrowser {
  browser: Browser;
  /** The browser's own context: its pages are tabs of one window. */
  context: BrowserContext;
  /** Closes Chromium and the X display, by PID. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    process.kill(child.pid, "SIGTERM");
  }
  await exited(child);
}

/** Resolves with the first match of `pattern` in what `stream` prints; rejects if `child` exits first. */
function awaitOutput(
  child: ChildProcess,
  stream: NodeJS.ReadableStream,
  pattern: RegExp,
  what: string,
): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    stream.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`${what} exited (${code}):\n${output}`)));
  });
}

/** Starts `Xvfb` on a display number it picks itself (Debian package `xvfb`). */
async function startXvfb(): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn(
    "Xvfb",
    ["-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
    {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    },
  );
  const display = await awaitOutput(
    child,
    child.stdio[3] as NodeJS.ReadableStream,
    /(\d+)\n/,
    "Xvfb",
  );
  return { display: `:${display}`, child };
}

/** Launches the throttling Chromium; `graceSeconds`: how long a page is hidden before intensive throttling. */
export async function launchThrottlingChromium(graceSeconds: number): Promise<ThrottlingBrowser> {
  const xvfb = await startXvfb();
  const profile = await mkdtemp(join(tmpdir(), "unilink-throttling-"));
  const { executablePath, args } = chromiumLaunchOptions();
  const chromiumArgs = [
    ...args.filter((arg) => arg !== "--headless"),
    `--user-data-dir=${profile}`,
    "--remote-debugging-port=0",
    "--no-default-browser-check",
    "--window-size=1280,800",
    `--enable-features=IntensiveWakeUpThrottling:grace_period_seconds/${graceSeconds}`,
    "about:blank",
  ];
  const child = spawn(executablePath, chromiumArgs, {
    env: { ...process.env, DISPLAY: xvfb.display },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const stopAll = async () => {
    await stopProcess(child);
    await stopProcess(xvfb.child);
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await awaitOutput(
      child,
      child.stderr as NodeJS.ReadableStream,
      /DevTools listening on (ws:\/\/\S+)/,
      "Chromium",
    );
    // noDefaults: no focus emulation on the default context's pages (it would keep them visible).
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true });
    const context = browser.contexts()[0] as BrowserContext;
    return {
      browser,
      context,
      async stop() {
        await browser.close().catch(() => {});
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
