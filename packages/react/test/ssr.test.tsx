// @vitest-environment node
import {
  createUniLinkClient,
  type UniLinkClientOptions,
  type WebSocketConstructor,
} from "@unilink/core";
import { StrictMode, version } from "react";
import { renderToString } from "react-dom/server";
import { expect, test, vi } from "vitest";
import {
  UniLinkProvider,
  useConnectionStatus,
  useContact,
  useConversation,
  useConversations,
  useMessages,
  useNotifications,
  usePresence,
  useTyping,
  useUniLinkClient,
  useUniLinkEvent,
  useUniLinkStore,
} from "../src";

function Everything() {
  const client = useUniLinkClient();
  const status = useConnectionStatus();
  const conversations = useConversations({ status: "open" });
  const conversation = useConversation(1);
  const messages = useMessages(1);
  const typists = useTyping(1, { includePrivate: true });
  const presence = usePresence({ userId: 7 });
  const contact = useContact(3);
  const { notifications, unreadCount } = useNotifications();
  const initial = useUniLinkStore((state) => state);
  useUniLinkEvent("message.created", () => {
    throw new Error("no event can arrive during server rendering");
  });
  const stableServerSnapshot = initial === client.store.getInitialState();
  return (
    <p>
      {[
        status,
        conversations.length,
        conversation ? "conversation" : "none",
        messages.length,
        typists.length,
        presence,
        contact ? "contact" : "none",
        notifications.length,
        unreadCount,
        stableServerSnapshot ? "initial" : "other",
      ].join(" ")}
    </p>
  );
}

const EXPECTED = "<p>idle 0 none 0 0 offline none 0 0 initial</p>";

function options(WebSocket: WebSocketConstructor): UniLinkClientOptions {
  return {
    url: "wss://chat.example.com/cable",
    pubsubToken: "t",
    accountId: 1,
    userId: 7,
    WebSocket,
  };
}

test("renders the provider and every hook on the server without a socket", () => {
  expect(typeof window).toBe("undefined");
  expect(version.split(".")[0]).toBe(process.env.UNILINK_EXPECTED_REACT_MAJOR);
  const WebSocket = vi.fn();
  const html = renderToString(
    <StrictMode>
      <UniLinkProvider {...options(WebSocket as unknown as WebSocketConstructor)}>
        <Everything />
      </UniLinkProvider>
    </StrictMode>,
  );
  expect(html).toBe(EXPECTED);
  expect(WebSocket).not.toHaveBeenCalled();
});

test("with a shared client and connect, the server render still does not connect", () => {
  const WebSocket = vi.fn();
  const client = createUniLinkClient(options(WebSocket as unknown as WebSocketConstructor));
  const html = renderToString(
    <UniLinkProvider client={client} connect>
      <Everything />
    </UniLinkProvider>,
  );
  expect(html).toBe(EXPECTED);
  expect(client.status).toBe("idle");
  expect(WebSocket).not.toHaveBeenCalled();
  client.destroy();
});
