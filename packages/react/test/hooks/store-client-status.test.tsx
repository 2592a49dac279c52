import { render, screen, waitFor } from "@testing-library/react";
import { createUniLinkClient, type UniLinkClient } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { expect, test } from "vitest";
import { shallow } from "zustand/vanilla/shallow";
import { UniLinkProvider, useConnectionStatus, useConversation, useUniLinkStore } from "../../src";
import { agentOptions, send, startServer } from "../helpers/fake-server";
import { CaptureClient } from "../helpers/probes";
import { renderConnected, waitForStatus } from "../helpers/render";

function RecordedStatus({ statuses }: { statuses: string[] }) {
  const status = useConnectionStatus();
  statuses.push(status);
  return <output data-testid="status">{status}</output>;
}

type Count = (name: "ids" | "unread") => void;

function ConversationIds({ count }: { count: Count }) {
  // A fresh array on every call: only `shallow` keeps it from re-rendering.
  const ids = useUniLinkStore((state) => Object.keys(state.conversations), shallow);
  count("ids");
  return <p data-testid="ids">{ids.join(",")}</p>;
}

function UnreadCount({ count }: { count: Count }) {
  const unread = useUniLinkStore((state) => state.notifications.unreadCount);
  count("unread");
  return <p data-testid="unread">{unread}</p>;
}

function ConversationUnread({ id }: { id: number }) {
  return <p data-testid="conversation-unread">{useConversation(id)?.unread_count}</p>;
}

test("useConnectionStatus goes idle -> connected, and unauthorized for a refused token", async () => {
  const server = await startServer();
  const statuses: string[] = [];
  const { unmount } = render(
    <UniLinkProvider {...agentOptions(server)}>
      <RecordedStatus statuses={statuses} />
    </UniLinkProvider>,
  );
  expect(statuses[0]).toBe("idle");
  await waitForStatus("connected");
  unmount();

  // The platform answers an unknown token with silence; the client gives up after two waits.
  render(
    <UniLinkProvider {...agentOptions(server, { pubsubToken: "unknown", confirmTimeoutMs: 50 })}>
      <RecordedStatus statuses={statuses} />
    </UniLinkProvider>,
  );
  await waitForStatus("unauthorized");
});

test("useUniLinkClient returns the provider's client", async () => {
  const server = await startServer();
  const client = createUniLinkClient(agentOptions(server));
  let seen: UniLinkClient | undefined;
  render(
    <UniLinkProvider client={client}>
      <CaptureClient onClient={(c) => (seen = c)} />
    </UniLinkProvider>,
  );
  expect(seen).toBe(client);
  client.destroy();
});

test("useUniLinkStore re-renders only when its selection changes (by equalityFn when given)", async () => {
  const server = await startServer();
  const factories = createFactories(71);
  const renders = { ids: 0, unread: 0 };
  const count: Count = (name) => {
    renders[name]++;
  };
  await renderConnected(
    server,
    <>
      <ConversationIds count={count} />
      <UnreadCount count={count} />
      <ConversationUnread id={1} />
    </>,
  );
  const conversation = factories.conversation({ unread_count: 1 });
  expect(conversation.id).toBe(1);
  send(server, events.conversationCreated(conversation));
  await waitFor(() => expect(screen.getByTestId("ids").textContent).toBe(String(conversation.id)));
  const before = { ...renders };

  const updated = { ...conversation, unread_count: 9, updated_at: conversation.updated_at + 1 };
  send(server, events.conversationUpdated(updated));
  send(server, events.notificationCreated(factories.notification(), { unreadCount: 4, count: 4 }));
  await waitFor(() => expect(screen.getByTestId("unread").textContent).toBe("4"));
  await waitFor(() => expect(screen.getByTestId("conversation-unread").textContent).toBe("9"));
  expect(renders.ids).toBe(before.ids);
  expect(renders.unread).toBe(before.unread + 1);
});
