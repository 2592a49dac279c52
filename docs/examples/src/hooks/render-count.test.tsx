import { cleanup, render, screen } from "@testing-library/react";
import { UniLinkProvider, useConnectionStatus, useConversation } from "@unilink/react";
import {
  createFactories,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { WebSocket } from "ws";

const agent = { token: "agent-token", accountId: 1, userId: 7 };
const renders = new Map<number, number>();
let server: FakeUniLinkServer;

function Row({ id }: { id: number }) {
  const conversation = useConversation(id);
  renders.set(id, (renders.get(id) ?? 0) + 1);
  return (
    <li>
      #{id}: {conversation ? `${conversation.unread_count ?? 0} unread` : "not loaded"}
    </li>
  );
}

function Status() {
  return <p>{useConnectionStatus()}</p>;
}

beforeEach(async () => {
  renders.clear();
  server = await createFakeUniLinkServer();
  server.addAgent(agent);
});

afterEach(async () => {
  cleanup(); // unmounting the provider destroys its client
  await server.close();
});

it("re-renders only the row whose conversation changed", async () => {
  const f = createFactories(1);
  const a = f.conversation({ unread_count: 0 });
  const b = f.conversation({ unread_count: 0 });
  render(
    <UniLinkProvider
      url={server.url}
      pubsubToken={agent.token}
      accountId={agent.accountId}
      userId={agent.userId}
      WebSocket={WebSocket}
    >
      <Status />
      <ul>
        <Row id={a.id} />
        <Row id={b.id} />
      </ul>
    </UniLinkProvider>,
  );
  await screen.findByText("connected");
  for (const conversation of [a, b]) {
    const e = events.conversationCreated(conversation);
    server.broadcast(agent.token, e.event, e.data);
  }
  await screen.findByText(`#${b.id}: 0 unread`);
  const before = { a: renders.get(a.id) ?? 0, b: renders.get(b.id) ?? 0 };

  const updated = events.conversationUpdated({
    ...a,
    unread_count: 3,
    updated_at: (a.updated_at ?? 0) + 1,
  });
  server.broadcast(agent.token, updated.event, updated.data);
  await screen.findByText(`#${a.id}: 3 unread`);

  expect(renders.get(a.id)).toBe(before.a + 1);
  expect(renders.get(b.id)).toBe(before.b); // untouched conversation, untouched row
});
