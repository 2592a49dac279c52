import { afterAll, beforeAll, expect, it } from "vitest";
import { countMessages, openDashboard, openWidget, typeAndSend } from "./support/pages";
import { agentApi, contactApi, devConfigOf, request } from "./support/rest";
import { type Stack, startStack } from "./support/stack";

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.stop();
});

it("both pages ride out dropped sockets and show every message exactly once", async () => {
  const { browser, dev } = stack;
  const agent = await openDashboard(browser, stack.dashboard.url, dev.url);
  await agent.showAll();
  const customer = await openWidget(browser, stack.widget.url, dev.url, "Riley Reconnect");
  await customer.open();
  await typeAndSend(customer.composer, "Before the outage");
  await agent.open("Riley Reconnect");
  await agent.log.getByText("Before the outage").waitFor();

  // Ids for the REST calls made "elsewhere" during the outage (another tab, a colleague).
  const config = await devConfigOf(dev.url);
  const sourceId = await customer.page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("unilink-widget:"));
    return key ? localStorage.getItem(key) : null;
  });
  expect(sourceId).toBeTruthy();
  const [conversation] = await contactApi(config).conversations(sourceId as string);
  const conversationId = conversation?.id as number;

  // The outage is on purpose: its refused reconnect attempts are the only tolerated failures.
  for (const guarded of [agent, customer]) guarded.guard.allow(/WebSocket connection to .* failed/);
  await request(`${dev.url}/__dev/drop-sockets`, { body: { downMs: 4000 } });
  await agent.banner.waitFor();
  await customer.banner.waitFor();

  // While the sockets are down: both people send from the UI (queued), and events are
  // broadcast that nobody receives (a second tab of the customer, a colleague's reply).
  await typeAndSend(customer.composer, "Customer typed while offline");
  await typeAndSend(agent.composer, "Agent typed while offline");
  await contactApi(config).send(
    sourceId as string,
    conversationId,
    "Customer wrote from another tab",
  );
  await agentApi(config).send(conversationId, "Colleague replied during the outage");

  await agent.banner.waitFor({ state: "hidden", timeout: 20_000 });
  await customer.banner.waitFor({ state: "hidden", timeout: 20_000 });

  const everyone = [
    "Before the outage",
    "Customer typed while offline",
    "Agent typed while offline",
    "Customer wrote from another tab",
    "Colleague replied during the outage",
  ];
  for (const text of everyone) {
    await agent.log.getByText(text).waitFor();
    await customer.log.getByText(text).waitFor();
  }
  // A last message after recovery: once both show it, resync and late events are done.
  await typeAndSend(agent.composer, "All caught up?");
  await customer.log.getByText("All caught up?").waitFor();
  await agent.log
    .locator(".unilink-message:not(.unilink-message--sending)", { hasText: "All caught up?" })
    .waitFor();
  for (const text of [...everyone, "All caught up?"]) {
    expect(await countMessages(agent.log, text), `dashboard: ${text}`).toBe(1);
    expect(await countMessages(customer.log, text), `widget: ${text}`).toBe(1);
  }
});
