import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openDashboard, openWidget, type Viewport } from "./support/pages";
import { SCREENSHOTS_DIR } from "./support/paths";
import { type Stack, startStack } from "./support/stack";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

const WIDTHS = [375, 800, 1280] as const;
const viewportOf = (width: number): Viewport => ({ width, height: width < 600 ? 812 : 800 });

/** Written only with UNILINK_SCREENSHOTS=1 (`pnpm --filter @unilink/e2e screenshots`). */
async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UNILINK_SCREENSHOTS !== "1") return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`) });
}

/** Where the control is, and whether a click at its centre lands on it (nothing covers it). */
async function reachability(control: Locator) {
  return control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      inViewport:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.left >= 0 &&
        rect.top >= 0 &&
        rect.right <= window.innerWidth &&
        rect.bottom <= window.innerHeight,
      hitsIt: hit !== null && (hit === element || element.contains(hit)),
    };
  });
}

describe.each(WIDTHS)("dashboard at %i px", (width) => {
  it("shows the list, opens a conversation, and its Send button is visible and on top", async () => {
    const agent = await openDashboard(browser(), stack.dashboard.url, stack.dev.url, {
      viewport: viewportOf(width),
    });
    await agent.showAll();
    const rows = agent.list.getByRole("option");
    await rows.nth(5).waitFor();
    // Finding 8: at 800 px the list had shrunk to two rows.
    const listHeight = await agent.list.evaluate((element) => element.clientHeight);
    expect(listHeight).toBeGreaterThanOrEqual(5 * 72);
    await screenshot(agent.page, `dashboard-${width}-list`);

    await rows.first().click();
    await agent.log.getByRole("paragraph").first().waitFor();
    await agent.composer.fill("Checking your order now");
    const send = agent.page.getByRole("button", { name: "Send", exact: true });
    expect(await reachability(send)).toEqual({ inViewport: true, hitsIt: true });
    expect(await reachability(agent.composer)).toEqual({ inViewport: true, hitsIt: true });

    const back = agent.page.getByRole("button", { name: "Back to conversations" });
    if (width < 900) {
      // List or conversation: the list steps aside, a back button brings it back.
      expect(await agent.list.isVisible()).toBe(false);
      await screenshot(agent.page, `dashboard-${width}`);
      await back.click();
      await agent.list.waitFor();
      expect(await agent.page.getByRole("main", { name: "Conversation" }).isVisible()).toBe(false);
    } else {
      expect(await agent.list.isVisible()).toBe(true);
      expect(await back.isVisible()).toBe(false);
      await screenshot(agent.page, `dashboard-${width}`);
    }
    expect(agent.guard.problems).toEqual([]);
    await agent.page.context().close();
  });
});

describe.each(WIDTHS)("widget at %i px", (width) => {
  it("opens a chat whose Send button is visible and on top; full screen on a phone", async () => {
    const viewport = viewportOf(width);
    const customer = await openWidget(
      browser(),
      stack.widget.url,
      stack.dev.url,
      `Layout Visitor ${width}`,
      viewport,
    );
    const { page } = customer;
    // Finding 9: the launcher covered the page's text. Scrolled to the end, it covers none.
    const launcher = page.getByRole("button", { name: "Chat with us" });
    await launcher.waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const covered = await launcher.evaluate((button) => {
      const l = button.getBoundingClientRect();
      return [...document.querySelectorAll(".site h1, .site p, .site li, .site a")]
        .filter((element) => {
          const r = element.getBoundingClientRect();
          return r.left < l.right && r.right > l.left && r.top < l.bottom && r.bottom > l.top;
        })
        .map((element) => element.textContent);
    });
    expect(covered).toEqual([]);
    await screenshot(page, `widget-${width}-closed`);

    await customer.open();
    const send = customer.window.getByRole("button", { name: "Send", exact: true });
    await customer.composer.fill("Hello there");
    expect(await reachability(send)).toEqual({ inViewport: true, hitsIt: true });
    const box = await customer.window.boundingBox();
    // Before the first message the composer sits at the window's foot, as in a conversation.
    const composer = await customer.window.locator(".unilink-composer").boundingBox();
    expect(box && composer && box.y + box.height - (composer.y + composer.height)).toBeLessThan(2);
    if (width < 480) {
      expect(box).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    } else {
      expect(box?.width).toBeLessThan(viewport.width / 2);
    }
    await screenshot(page, `widget-${width}`);
    expect(customer.guard.problems).toEqual([]);
    await page.context().close();
  });
});

describe("accessibility (axe-core: no serious or critical violation)", () => {
  it("the dashboard with a conversation open, and the private-note toggle hovered", async () => {
    const agent = await openDashboard(browser(), stack.dashboard.url, stack.dev.url, {
      viewport: viewportOf(1280),
    });
    await agent.showAll();
    await agent.list.getByRole("option").first().click();
    await agent.log.getByRole("paragraph").first().waitFor();
    expect(await seriousViolations(agent.page)).toEqual([]);

    // Finding 2: the pressed "Private note" toggle turned white on near-white when hovered.
    const toggle = agent.page.getByRole("button", { name: "Private note" });
    await toggle.click();
    await toggle.hover();
    expect(await seriousViolations(agent.page, ".unilink-composer")).toEqual([]);
    await toggle.click();
    await toggle.hover();
    expect(await seriousViolations(agent.page, ".unilink-composer")).toEqual([]);
    await agent.page.context().close();
  });

  it.each([375, 1280])("the widget opened at %i px", async (width) => {
    const customer = await openWidget(
      browser(),
      stack.widget.url,
      stack.dev.url,
      `Axe Visitor ${width}`,
      viewportOf(width),
    );
    await customer.open();
    expect(await seriousViolations(customer.page)).toEqual([]);
    await customer.page.context().close();
  });
});

function browser() {
  return stack.browser;
}
