import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDashboard, openWidget, typeAndSend } from "./support/pages";
import { type Stack, startStack } from "./support/stack";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

/** What the dashboard's assignee tabs say, e.g. `{Mine: 3, Unassigned: 23, All: 71}`. */
async function tabCounts(page: Page): Promise<Record<string, number>> {
  const texts = await page
    .getByRole("tablist", { name: "Assignee" })
    .getByRole("tab")
    .allTextContents();
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const match = /^(\D+?)\s*(\d+)$/.exec(text.trim());
    if (match) counts[match[1] as string] = Number(match[2]);
  }
  return counts;
}

/** Waits (at most `timeoutMs`) until the tabs show `expected`. */
async function countsBecome(page: Page, expected: Record<string, number>, timeoutMs: number) {
  await page.waitForFunction(
    (want) => {
      const tabs = document.querySelectorAll(
        '[role="tablist"][aria-label="Assignee"] [role="tab"]',
      );
      const seen: Record<string, number> = {};
      for (const tab of tabs) {
        const match = /^(\D+?)\s*(\d+)$/.exec((tab.textContent ?? "").trim());
        if (match) seen[match[1] as string] = Number(match[2]);
      }
      return Object.entries(want).every(([name, value]) => seen[name] === value);
    },
    expected,
    { timeout: timeoutMs, polling: "raf" },
  );
}

const statusTab = (page: Page, name: string): Locator =>
  page.getByRole("tablist", { name: "Conversation status" }).getByRole("tab", { name });

it("a visitor's messages move every dashboard count within 1 s, and a resolved conversation they write to is back in Open", async () => {
  const { browser, dev } = stack;
  const agent = await openDashboard(browser, stack.dashboard.url, dev.url);
  await agent.showAll();
  const before = await tabCounts(agent.page);
  expect(Object.keys(before).sort()).toEqual(["All", "Mine", "Unassigned"]);

  // A new visitor's first message: a new open, unassigned conversation.
  const customer = await openWidget(browser, stack.widget.url, dev.url, "Quinn Counter");
  await customer.open();
  await typeAndSend(customer.composer, "Do you ship to Iceland?");
  await countsBecome(
    agent.page,
    {
      Mine: before.Mine as number,
      Unassigned: (before.Unassigned as number) + 1,
      All: (before.All as number) + 1,
    },
    1000,
  );

  // The agent takes it: mine up, unassigned down, at once.
  await agent.open("Quinn Counter");
  await agent.page.getByRole("button", { name: "Assign to me" }).click();
  await countsBecome(
    agent.page,
    {
      Mine: (before.Mine as number) + 1,
      Unassigned: before.Unassigned as number,
      All: (before.All as number) + 1,
    },
    1000,
  );

  // Resolved: it leaves the open counts and the Open list.
  await agent.page.getByRole("button", { name: "Resolve" }).click();
  await countsBecome(agent.page, before, 1000);
  const row = agent.list.getByRole("option").filter({ hasText: "Quinn Counter" });
  await row.waitFor({ state: "detached" });

  // The visitor writes again: the platform reopens it; counts and the Open list follow.
  await typeAndSend(customer.composer, "Sorry, one more question");
  await countsBecome(
    agent.page,
    {
      Mine: (before.Mine as number) + 1,
      Unassigned: before.Unassigned as number,
      All: (before.All as number) + 1,
    },
    1000,
  );
  await row.filter({ hasText: "one more question" }).waitFor();
  await expect(statusTab(agent.page, "Open").getAttribute("aria-selected")).resolves.toBe("true");
  await statusTab(agent.page, "Resolved").click();
  await agent.list.getByRole("option").first().waitFor();
  expect(await agent.list.getByRole("option").filter({ hasText: "Quinn Counter" }).count()).toBe(0);
});

it("after Assign to me, the visitor's header names the agent as Online while they reply", async () => {
  const { browser, dev } = stack;
  // The visitor arrives first: the presence snapshot their widget got on connecting predates the agent's dashboard.
  const customer = await openWidget(browser, stack.widget.url, dev.url, "Hana Header");
  await customer.open();
  await typeAndSend(customer.composer, "Is anyone there?");
  const agent = await openDashboard(browser, stack.dashboard.url, dev.url);
  await agent.showAll();
  await agent.open("Hana Header");
  await agent.page.getByRole("button", { name: "Assign to me" }).click();
  await typeAndSend(agent.composer, "Yes, I am here");
  await customer.log.getByText("Yes, I am here").waitFor();

  const header = customer.window.locator(".unilink-widget__header");
  // The assignee's presence comes from the visitor's own presence pings: it must not wait for the next one.
  await header.locator('.unilink-presence[data-status="online"]').waitFor({ timeout: 2000 });
  await expect(header.textContent()).resolves.toMatch(/Online/);
  await expect(header.textContent()).resolves.not.toMatch(/Offline/);
});

it("keyboard alone selects a conversation and sends a reply", async () => {
  const { browser, dev } = stack;
  const agent = await openDashboard(browser, stack.dashboard.url, dev.url);
  const { page } = agent;
  // Tab until the conversation list has focus (no mouse anywhere in this test).
  for (let step = 0; step < 40; step++) {
    const inList = await agent.list.evaluate((list) => list === document.activeElement);
    if (inList) break;
    await page.keyboard.press("Tab");
  }
  await expect(agent.list.evaluate((list) => list === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press("ArrowDown");
  const active = await agent.list.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  const name = (await page.locator(`[id="${active}"]`).textContent()) ?? "";
  await page.keyboard.press("Enter");
  await page
    .getByRole("main", { name: "Conversation" })
    .getByRole("heading", { level: 2 })
    .first()
    .waitFor();
  const heading = await page
    .getByRole("main", { name: "Conversation" })
    .getByRole("heading", { level: 2 })
    .first()
    .textContent();
  expect(name).toContain(heading ?? "\u0000");

  // From the list to the reply box with Tab only, then type and send with Enter.
  for (let step = 0; step < 40; step++) {
    const inComposer = await agent.composer.evaluate((box) => box === document.activeElement);
    if (inComposer) break;
    await page.keyboard.press("Tab");
  }
  await expect(agent.composer.evaluate((box) => box === document.activeElement)).resolves.toBe(
    true,
  );
  await page.keyboard.type("Replying with the keyboard only");
  await page.keyboard.press("Enter");
  await agent.log
    .locator(".unilink-message:not(.unilink-message--sending)", {
      hasText: "Replying with the keyboard only",
    })
    .waitFor();
});
