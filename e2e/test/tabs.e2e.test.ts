import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cableReport, eventually, socketsOf } from "./support/cable-report";
import { countMessages, type DashboardPage, openDashboardTab, typeAndSend } from "./support/pages";
import { agentApi, contactApi, devConfigOf, request } from "./support/rest";
import { type Stack, startStack } from "./support/stack";

let stack: Stack;
let context: BrowserContext | undefined;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await context?.close();
  await stack?.stop();
});

async function roleOf(tab: DashboardPage): Promise<string | null> {
  return tab.page.locator(".unilink-devtools__tabs").getAttribute("data-role");
}

it("dashboard tabs of one browser share one socket, hand it over when the leader closes, and never mix agents", async () => {
  const { browser, dev } = stack;
  const config = await devConfigOf(dev.url);
  const me = config.agent.userId;
  const customer = contactApi(config);
  const taylor = await customer.create("Taylor Tabs");
  const conversation = await customer.createConversation(taylor.source_id);
  await customer.send(taylor.source_id, conversation.id, "Hello from Taylor");

  context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  const tabs: DashboardPage[] = [];
  for (let i = 0; i < 3; i++) {
    const tab = await openDashboardTab(context, stack.dashboard.url, dev.url);
    await tab.showAll();
    await tab.open("Taylor Tabs");
    await tab.log.getByText("Hello from Taylor").waitFor();
    tabs.push(tab);
  }

  // One socket and one subscription for the agent, whatever the number of tabs.
  await eventually("one leader and two followers", async () => {
    const roles = await Promise.all(tabs.map(roleOf));
    return roles.sort().join() === "follower,follower,leader";
  });
  const shared = await cableReport(dev.url);
  expect(socketsOf(shared, me)).toHaveLength(1);
  expect(shared.subscriptions.filter((s) => s.userId === me)).toHaveLength(1);

  // An event reaches every tab's store.
  await customer.send(taylor.source_id, conversation.id, "Are you all there?");
  for (const tab of tabs) await tab.log.getByText("Are you all there?").waitFor();

  // A follower's reply goes out once (REST from that tab) and shows once everywhere.
  const roles = await Promise.all(tabs.map(roleOf));
  const follower = tabs[roles.indexOf("follower")] as DashboardPage;
  await typeAndSend(follower.composer, "Sent from a follower tab");
  for (const tab of tabs) {
    await tab.log
      .locator(".unilink-message:not(.unilink-message--sending)", {
        hasText: "Sent from a follower tab",
      })
      .waitFor();
  }
  const stored = await agentApi(config).messages(conversation.id);
  expect(stored.payload.filter((m) => m.content === "Sent from a follower tab")).toHaveLength(1);

  // The leader's tab closes; messages are broadcast while another tab takes over.
  const leader = tabs[roles.indexOf("leader")] as DashboardPage;
  const remaining = tabs.filter((tab) => tab !== leader);
  const [oldSocket] = socketsOf(shared, me);
  const closedAt = Date.now();
  await leader.page.close();
  const duringHandover = ["Handover one", "Handover two", "Handover three"];
  const sending = (async () => {
    for (const text of duringHandover) await customer.send(taylor.source_id, conversation.id, text);
  })();
  await eventually("another tab holds the socket", async () => {
    const sockets = socketsOf(await cableReport(dev.url), me);
    return sockets.length === 1 && sockets[0] !== oldSocket;
  });
  const handoverMs = Date.now() - closedAt;
  console.info(`handover: another tab subscribed ${handoverMs} ms after the leader's tab closed`);
  expect(handoverMs).toBeLessThan(2_000);
  await sending;
  // A last message once settled: when both tabs show it, resync and late frames are done.
  await customer.send(taylor.source_id, conversation.id, "After the handover");
  for (const tab of remaining) {
    await tab.log.getByText("After the handover").waitFor();
    for (const text of [...duringHandover, "Are you all there?", "Sent from a follower tab"]) {
      await tab.log.getByText(text).waitFor();
      expect(await countMessages(tab.log, text), text).toBe(1);
    }
  }
  expect((await Promise.all(remaining.map(roleOf))).sort()).toEqual(["follower", "leader"]);

  // Another agent in the same browser gets a socket of its own.
  const { agents } = await request<{ agents: { id: number }[] }>(`${dev.url}/__dev/config`);
  const colleague = agents.find((agent) => agent.id !== me)?.id as number;
  const other = await openDashboardTab(context, stack.dashboard.url, dev.url, colleague);
  await eventually("the colleague subscribed", async () => {
    const report = await cableReport(dev.url);
    return socketsOf(report, colleague).length === 1;
  });
  const both = await cableReport(dev.url);
  expect(socketsOf(both, me)).toHaveLength(1);
  expect(socketsOf(both, colleague)).toHaveLength(1);
  expect(socketsOf(both, colleague)[0]).not.toBe(socketsOf(both, me)[0]);
  expect(await roleOf(other)).toBe("leader");

  // Console errors and failed requests: checked for every page by the e2e setup (page guard).
});
