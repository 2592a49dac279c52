import { createUniLinkClient, type WebSocketConstructor } from "@unilink/core";
import { version } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, expect, test, vi } from "vitest";
import {
  ChatWidget,
  ConversationList,
  MessageComposer,
  MessageList,
  UniLinkProvider,
} from "../src";

afterEach(() => {
  vi.restoreAllMocks();
});

// Finding 14 of issue 13: React 18 warned "useLayoutEffect does nothing on the server" for
// ConversationList. This file runs in jsdom, where `document` exists during server rendering
// (as in many apps' tests), so choosing the effect by testing for `document` does not help.
test("the components render on the server without a React warning", () => {
  expect(typeof document).toBe("object");
  expect(version.split(".")[0]).toBe(process.env.UNILINK_EXPECTED_REACT_MAJOR);
  const errors = vi.spyOn(console, "error");
  const WebSocket = vi.fn();
  const client = createUniLinkClient({
    url: "wss://chat.example.com/cable",
    pubsubToken: "t",
    accountId: 1,
    userId: 7,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
  });
  const html = renderToString(
    <UniLinkProvider client={client}>
      <ConversationList filter={{ meUserId: 7 }} />
      <MessageList conversationId={1} />
      <MessageComposer conversationId={1} />
      <ChatWidget defaultOpen conversationId={1} />
    </UniLinkProvider>,
  );
  client.destroy();
  expect(html).toContain('role="listbox"');
  expect(html).toContain('aria-label="Messages"');
  expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
  expect(WebSocket).not.toHaveBeenCalled();
});
