import { render, screen, waitFor } from "@testing-library/react";
import type { UniLinkClient, UniLinkEventListener } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { StrictMode } from "react";
import { expect, test, vi } from "vitest";
import { UniLinkProvider, useConversations, useUniLinkEvent } from "../src";
import { agentOptions, send, startServer } from "./helpers/fake-server";
import { CaptureClient } from "./helpers/probes";
import { StatusProbe, waitForStatus } from "./helpers/render";

function App({ onMessage }: { onMessage: UniLinkEventListener<"message.created"> }) {
  useUniLinkEvent("message.created", onMessage);
  const conversations = useConversations();
  return <p data-testid="count">{conversations.length}</p>;
}

test("StrictMode: one socket and one subscription for the whole mount, none after unmount", async () => {
  const server = await startServer();
  const clients = new Set<UniLinkClient>();
  const onMessage = vi.fn();
  const { unmount } = render(
    <StrictMode>
      <UniLinkProvider {...agentOptions(server)}>
        <StatusProbe />
        <CaptureClient onClient={(client) => clients.add(client)} />
        <App onMessage={onMessage} />
      </UniLinkProvider>
    </StrictMode>,
  );
  await waitForStatus("connected");

  const factories = createFactories(3);
  const conversation = factories.conversation();
  send(server, events.conversationCreated(conversation));
  send(server, events.messageCreated(factories.message({}, { conversation })));
  await waitFor(() => expect(screen.getByTestId("count").textContent).toBe("1"));
  await waitFor(() => expect(onMessage).toHaveBeenCalledTimes(1));

  expect(server.connectionCount).toBe(1);
  expect(server.subscribeCount).toBe(1);
  expect(server.subscriptionCount).toBe(1);
  expect(clients.size).toBe(1);

  const [client] = [...clients];
  unmount();
  await waitFor(() => expect(server.openSocketCount).toBe(0));
  expect(client?.status).toBe("disconnected");
  expect(server.connectionCount).toBe(1);
});
