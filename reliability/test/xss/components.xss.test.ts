import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { MountResult, XssPayload } from "../../xss-page/src/scenario";
import { launchChromium, openWatchedPage, type PageWatch } from "../support/xss-browser";
import { serveXssPage, type XssPageServer } from "../support/xss-page-server";
import { XSS_CORPUS } from "../support/xss-payloads";
import {
  bidiLeaks,
  pokeRoots,
  type ScanResult,
  type SchemePolicy,
  scanRoots,
  settleMedia,
} from "../support/xss-scan";

/** What the components may put in URLs: links http(s)/mailto/tel, media and files http(s) only. */
const POLICY: SchemePolicy = {
  link: ["http:", "https:", "mailto:", "tel:"],
  media: ["http:", "https:"],
};

// Bounded waits for conditions in the page (build and browser start are in beforeAll).
const RENDER_TIMEOUT_MS = 20_000;

async function missingMarkers(page: Page, markers: MountResult["markers"]): Promise<string[]> {
  const all = () =>
    page.evaluate((expected) => {
      const missing: string[] = [];
      for (const [root, list] of Object.entries(expected)) {
        const text = document.querySelector(`[data-xss-root="${root}"]`)?.textContent ?? "";
        for (const marker of list ?? [])
          if (!text.includes(marker)) missing.push(`${root}: ${marker}`);
      }
      return missing;
    }, markers);
  // Rendering is done when every marker shows; on a timeout the caller reports which are missing.
  await page
    .waitForFunction(
      (expected) =>
        Object.entries(expected).every(([root, list]) => {
          const text = document.querySelector(`[data-xss-root="${root}"]`)?.textContent ?? "";
          return (list ?? []).every((marker) => text.includes(marker));
        }),
      markers,
      { timeout: RENDER_TIMEOUT_MS },
    )
    .catch(() => undefined);
  return all();
}

function scriptRan(watch: PageWatch, sentinel: unknown): string[] {
  return [
    ...(sentinel === undefined ? [] : [`window.__xss = ${JSON.stringify(sentinel)}`]),
    ...watch.dialogs.map((dialog) => `dialog ${dialog}`),
    ...watch.pageErrors.map((error) => `page error ${error}`),
    ...watch.popups.map((url) => `popup ${url}`),
    ...watch.console
      .filter((line) => /__xss|javascript:/i.test(line))
      .map((line) => `console ${line}`),
  ];
}

describe("XSS: @unilink/react components in Chromium", () => {
  let server: XssPageServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await serveXssPage();
    browser = await launchChromium();
  }, 120_000);

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open() {
    if (!browser || !server) throw new Error("no browser or page server");
    const origin = server.url.replace(/\/$/, "");
    const opened = await openWatchedPage(browser, origin);
    context = opened.page.context();
    await opened.page.goto(server.url);
    await opened.page.waitForFunction(() => window.__xssHarness !== undefined);
    return opened;
  }

  it("has a corpus of at least 60 distinct payloads", () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_CORPUS.map((p) => p.tag)).size).toBe(XSS_CORPUS.length);
    expect(new Set(XSS_CORPUS.map((p) => p.text)).size).toBe(XSS_CORPUS.length);
  });

  it(`renders ${XSS_CORPUS.length} payloads in contents, names, URLs and titles without running or linking any`, async () => {
    const { page, watch } = await open();
    const payloads: XssPayload[] = XSS_CORPUS.map(({ tag, text }) => ({ tag, text }));
    const { markers } = await page.evaluate(
      (list) => window.__xssHarness.mountComponents(list),
      payloads,
    );

    expect(await missingMarkers(page, markers)).toEqual([]);
    await page.evaluate(settleMedia);
    const first: ScanResult = await page.evaluate(scanRoots, POLICY);
    const poked = await page.evaluate(pokeRoots, POLICY.link);
    await page.evaluate(settleMedia);
    const second: ScanResult = await page.evaluate(scanRoots, POLICY);
    const sentinel = await page.evaluate(() => window.__xss);
    const clientErrors = await page.evaluate(() => window.__xssClientErrors ?? []);
    console.log(
      `[xss] ${payloads.length} payloads x (message content, contact/agent names, avatar/attachment URLs, labels, typing, notification titles): ` +
        `${first.elements} elements, ${first.links} links and ${first.media} media URLs scanned, ${poked} elements poked; ` +
        `${watch.external.length} outbound requests stubbed`,
    );

    expect(first.violations).toEqual([]);
    expect(second.violations).toEqual([]);
    expect(scriptRan(watch, sentinel)).toEqual([]);
    // Every payload is valid data for the schemas: none may be refused (it would not be rendered).
    expect(clientErrors).toEqual([]);
    // A direction override can only reorder the text it came with, never the UI around it.
    expect(await page.evaluate(bidiLeaks)).toEqual([]);
  }, 60_000);

  it("control: detects a payload a component would render with innerHTML", async () => {
    const { page, watch } = await open();
    await page.evaluate(
      (html) => window.__xssHarness.mountControl(html),
      `<img src="x" onerror="window.__xss='control'"><a href="javascript:window.__xss='link'">x</a>` +
        `<iframe srcdoc="<p>x</p>"></iframe><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">` +
        `<img src="y" onerror="alert('control')"><span>\u202Etxt.exe</span>`,
    );
    await page.waitForFunction(() => window.__xss !== undefined, undefined, {
      timeout: RENDER_TIMEOUT_MS,
    });
    await page.evaluate(settleMedia);
    const scan: ScanResult = await page.evaluate(scanRoots, POLICY);
    const sentinel = await page.evaluate(() => window.__xss);

    expect(sentinel).toBe("control");
    expect(watch.dialogs).toEqual(["alert: control"]);
    expect(scan.violations).toEqual(
      expect.arrayContaining([
        expect.stringContaining("onerror="),
        expect.stringContaining("(javascript:)"),
        expect.stringContaining("<iframe> element"),
        expect.stringContaining("(data:)"),
      ]),
    );
    expect(scriptRan(watch, sentinel).length).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(bidiLeaks)).toEqual([expect.stringContaining("control: span")]);
  }, 30_000);
});
