// @vitest-environment node
import { createAgentApi, type FetchLike, type WebSocketConstructor } from "@unilink/core";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { expect, test, vi } from "vitest";
import {
  UniLinkProvider,
  useConversations,
  useMarkRead,
  useMessages,
  useResyncState,
  useRetryMessage,
  useSendMessage,
  useTypingReporter,
} from "../../src";

function Everything() {
  const inbox = useConversations({ status: "open" }, { load: true, meUserId: 7 });
  const thread = useMessages(1, { load: true });
  const idle = useMessages(2, { load: false });
  useSendMessage(1);
  useRetryMessage();
  useTypingReporter(1);
  useMarkRead(1, { when: true });
  const resync = useResyncState();
  const describe = (view: { isLoading: boolean; loaded: boolean }) =>
    view.isLoading ? "loading" : view.loaded ? "loaded" : "idle";
  return (
    <p>
      {[
        describe(inbox),
        inbox.conversations.length,
        describe(thread),
        thread.messages.length,
        describe(idle),
        resync.status,
      ].join(" ")}
    </p>
  );
}

test("on the server the view forms say loading, and nothing is fetched or connected", () => {
  const fetch = vi.fn<FetchLike>();
  const WebSocket = vi.fn();
  const html = renderToString(
    <StrictMode>
      <UniLinkProvider
        url="https://chat.example.com"
        pubsubToken="t"
        accountId={1}
        userId={7}
        WebSocket={WebSocket as unknown as WebSocketConstructor}
        api={createAgentApi({
          baseUrl: "https://chat.example.com",
          accessToken: "a",
          accountId: 1,
          fetch,
        })}
      >
        <Everything />
      </UniLinkProvider>
    </StrictMode>,
  );
  // The first client render (hydration) computes the same from the same initial state.
  expect(html).toBe("<p>loading 0 loading 0 idle idle</p>");
  expect(fetch).not.toHaveBeenCalled();
  expect(WebSocket).not.toHaveBeenCalled();
});
