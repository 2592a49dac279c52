import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { guardPage, type PageGuard } from "./page-guard";

/** The agent dashboard in its own browser context (its own storage). */
export interface DashboardPage {
  page: Page;
  /** Console errors and failed requests (checked after every test). */
  guard: PageGuard;
  /** The conversation list (listbox). */
  list: Locator;
  /** The open conversation's messages. */
  log: Locator;
  /** The reply box. */
  composer: Locator;
  /** The connection banner's text. */
  banner: Locator;
  /** Selects the "All" assignee tab. */
  showAll(): Promise<void>;
  /** Opens the conversation whose row contains `text`. */
  open(text: string): Promise<void>;
  /** Switches the composer between reply and private note. */
  togglePrivateNote(): Promise<void>;
}

/** The website with the chat widget, as a visitor sees it. */
export interface WidgetPage {
  page: Page;
  /** Console errors and failed requests (checked after every test). */
  guard: PageGuard;
  /** The chat window. */
  window: Locator;
  /** The widget's messages. */
  log: Locator;
  composer: Locator;
  banner: Locator;
  /** Opens the chat window (its conversation is created then). */
  open(): Promise<void>;
}

const BANNER_TEXT = /Connection lost|Reconnecting/;

/** A browser window size. */
export interface Viewport {
  width: number;
  height: number;
}

/**
 * Opens the dashboard against `serverUrl` and waits until its list has
 * loaded; `agent` signs in as that dev-server agent (default: the first).
 */
export async function openDashboard(
  browser: Browser,
  appUrl: string,
  serverUrl: string,
  options: { agent?: number; viewport?: Viewport } = {},
): Promise<DashboardPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 860 },
  });
  return openDashboardTab(context, appUrl, serverUrl, options.agent);
}

/**
 * Opens the dashboard as another tab of `context` (same origin, same storage:
 * tabs of one browser), signed in as the dev server's agent or `agentId`.
 */
export async function openDashboardTab(
  context: BrowserContext,
  appUrl: string,
  serverUrl: string,
  agentId?: number,
): Promise<DashboardPage> {
  const page = await context.newPage();
  const guard = guardPage(page, "dashboard");
  const query = new URLSearchParams({ server: serverUrl });
  if (agentId !== undefined) query.set("agent", String(agentId));
  await page.goto(`${appUrl}/?${query}`);
  const list = page.getByRole("listbox", { name: "Conversations" });
  await list.getByRole("option").first().waitFor();
  return {
    page,
    guard,
    list,
    log: page.getByRole("main", { name: "Conversation" }).getByRole("region", { name: "Messages" }),
    composer: page.getByRole("textbox", { name: "Message" }),
    banner: page.locator(".dashboard__banner").filter({ hasText: BANNER_TEXT }),
    async showAll() {
      await page
        .getByRole("tablist", { name: "Assignee" })
        .getByRole("tab", { name: /^All/ })
        .click();
    },
    async open(text) {
      await list.getByRole("option").filter({ hasText: text }).click();
    },
    async togglePrivateNote() {
      await page.getByRole("button", { name: "Private note" }).click();
    },
  };
}

/** Opens the widget page as a new visitor named `name`. */
export async function openWidget(
  browser: Browser,
  appUrl: string,
  serverUrl: string,
  name: string,
  viewport: Viewport = { width: 1100, height: 760 },
): Promise<WidgetPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const guard = guardPage(page, "widget");
  const query = new URLSearchParams({ server: serverUrl, name });
  await page.goto(`${appUrl}/?${query}`);
  const launcher = page.getByRole("button", { name: "Chat with us" });
  const window = page.getByRole("dialog", { name: "Chat" });
  return {
    page,
    guard,
    window,
    log: window.getByRole("region", { name: "Messages" }),
    composer: window.getByRole("textbox", { name: "Message" }),
    banner: window.locator(".unilink-banner").filter({ hasText: BANNER_TEXT }),
    async open() {
      await launcher.click();
      await window.getByRole("textbox", { name: "Message" }).waitFor();
    },
  };
}

/** Types like a person (so typing is reported), then sends with Enter. */
export async function typeAndSend(composer: Locator, text: string): Promise<void> {
  await composer.pressSequentially(text, { delay: 5 });
  await composer.press("Enter");
}

/** How many messages in `log` contain `text`. */
export function countMessages(log: Locator, text: string): Promise<number> {
  return log.locator(".unilink-message").filter({ hasText: text }).count();
}
