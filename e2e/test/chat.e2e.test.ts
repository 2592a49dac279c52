import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { countMessages, openDashboard, openWidget, typeAndSend } from "./support/pages";
import { SCREENSHOTS_DIR } from "./support/paths";
import { type Stack, startStack } from "./support/stack";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** Records whether `text` ever appears in the page from now on (a MutationObserver, no polling). */
async function watchForText(page: Page, text: string): Promise<() => Promise<boolean>> {
  const key = `seen:${text}`;
  await page.evaluate(
    ([watched, flag]) => {
      const record = () => {
        if ((document.body.textContent ?? "").includes(watched))
          (window as never as Record<string, boolean>)[flag] = true;
      };
      record();
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    [text, key] as const,
  );
  return () =>
    page.evaluate((flag) => (window as never as Record<string, boolean>)[flag] === true, key);
}

it("a customer writes in the widget and the agent answers from the dashboard, live", async () => {
  const { browser, dev } = stack;
  const agent = await openDashboard(browser, stack.dashboard.url, dev.url);
  await agent.showAll();
  const customer = await openWidget(browser, stack.widget.url, dev.url, "Casey Customer");
  await customer.open();

  // The customer writes: the dashboard lists the new conversation and shows the message live.
  await typeAndSend(customer.composer, "Hi! My parcel #48213 never arrived.");
  const row = agent.list.getByRole("option").filter({ hasText: "Casey Customer" });
  await row.filter({ hasText: "My parcel #48213 never arrived" }).waitFor();
  await agent.open("Casey Customer");
  await agent.log.getByText("Hi! My parcel #48213 never arrived.").waitFor();

  // The agent types: the widget shows who is typing; the reply arrives and the indicator goes.
  await agent.composer.pressSequentially("Sorry to hear that! Let me check the tracking.", {
    delay: 5,
  });
  const typing = customer.page.getByText("Sam Rivera is typing…");
  await typing.waitFor();
  await agent.composer.press("Enter");
  await customer.log.getByText("Sorry to hear that! Let me check the tracking.").waitFor();
  await typing.waitFor({ state: "hidden" });

  // The agent takes the conversation: the widget's header shows who is helping.
  await agent.page.getByRole("button", { name: "Assign to me" }).click();
  await customer.window.getByRole("heading", { name: "Sam Rivera" }).waitFor();
  // Sam is online and replying: the header must not call them offline.
  const subtitle = customer.window.locator(".unilink-widget__subtitle");
  await subtitle.getByText("Online", { exact: true }).waitFor({ timeout: 3000 });

  // A private note: the agents see it; neither it nor its typing ever reaches the widget.
  const sawNote = await watchForText(customer.page, "carrier claim");
  const sawTyping = await watchForText(customer.page, "is typing");
  await agent.togglePrivateNote();
  await typeAndSend(agent.composer, "Internal: opened carrier claim CL-4411.");
  await agent.log.getByText("Internal: opened carrier claim CL-4411.").waitFor();
  expect(await sawTyping()).toBe(false);
  await agent.togglePrivateNote();
  await typeAndSend(agent.composer, "I have asked the carrier, you'll hear from us today.");
  // Sent after the note on the same socket: once it is shown, the note would have been too.
  await customer.log.getByText("I have asked the carrier, you'll hear from us today.").waitFor();
  expect(await sawNote()).toBe(false);
  expect(await countMessages(agent.log, "carrier claim CL-4411")).toBe(1);

  // Screenshots for the README: written when UNILINK_SCREENSHOTS=1 (`pnpm --filter @unilink/e2e screenshots`).
  const dashboardShot = await agent.page.screenshot();
  const widgetShot = await customer.page.screenshot();
  expect(dashboardShot.byteLength).toBeGreaterThan(10_000);
  expect(widgetShot.byteLength).toBeGreaterThan(10_000);
  if (process.env.UNILINK_SCREENSHOTS === "1") {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    await agent.page.screenshot({ path: join(SCREENSHOTS_DIR, "dashboard.png") });
    await customer.page.screenshot({ path: join(SCREENSHOTS_DIR, "widget.png") });
  }

  // The devtools toggle shows what the dashboard's socket received since the page loaded.
  await agent.page.getByRole("button", { name: "UniLink devtools" }).click();
  const devtools = agent.page.getByRole("region", { name: "UniLink devtools" });
  await devtools.getByText("conversation.created").first().waitFor();
  await devtools.getByText("message.created").first().waitFor();
});
