import { cleanup, render, screen } from "@testing-library/react";
import { UniLinkProvider, useConnectionStatus, useConversations } from "@unilink/react";
import { buildConversation, events, InMemoryCableNetwork } from "@unilink/testing/browser";
import { afterEach, expect, it } from "vitest";

// Runs anywhere a DOM does: jsdom here, a real browser in Vitest browser mode or Storybook.
function OpenCount() {
  const status = useConnectionStatus();
  const open = useConversations({ status: "open" });
  return (
    <p>
      {status}: {open.length} open
    </p>
  );
}

let network: InMemoryCableNetwork;

afterEach(async () => {
  cleanup();
  await network.server.close(); // stops its ping timer
});

it("connects to an in-memory server: no port, no Node", async () => {
  network = new InMemoryCableNetwork();
  network.server.addAgent({ token: "agent-token", accountId: 1, userId: 7 });
  render(
    <UniLinkProvider
      url="https://unilink.test"
      pubsubToken="agent-token"
      accountId={1}
      userId={7}
      WebSocket={network.WebSocket}
    >
      <OpenCount />
    </UniLinkProvider>,
  );
  await screen.findByText("connected: 0 open");

  const e = events.conversationCreated(buildConversation({ status: "open" }));
  network.server.broadcast("agent-token", e.event, e.data);
  expect(await screen.findByText("connected: 1 open")).toBeTruthy();
});
