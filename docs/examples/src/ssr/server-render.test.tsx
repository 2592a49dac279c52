// @vitest-environment node
import { ConversationSchema } from "@unilink/core";
import { buildContact, buildConversation, resetFactories } from "@unilink/testing";
import { renderToString } from "react-dom/server";
import { afterEach, expect, it, vi } from "vitest";
import { LiveInbox } from "./next-app/inbox/live-inbox";
import { UniLinkProviders } from "./next-app/unilink-providers";

afterEach(() => {
  vi.unstubAllGlobals();
  resetFactories();
});

it("renders the server-fetched conversations and opens no socket on the server", () => {
  const WebSocket = vi.fn();
  vi.stubGlobal("WebSocket", WebSocket);
  // Factories build wire payloads; the schema turns one into what the agent API returns.
  const conversation = ConversationSchema.parse(
    buildConversation({ status: "open", meta: { sender: buildContact({ name: "Bruno" }) } }),
  );
  const session = {
    url: "https://chat.example.com",
    pubsubToken: "t0ken",
    accountId: 1,
    userId: 7,
  };

  const html = renderToString(
    <UniLinkProviders session={session}>
      <LiveInbox initial={[conversation]} />
    </UniLinkProviders>,
  );

  expect(html).toContain(`#<!-- -->${conversation.id}<!-- --> <!-- -->Bruno`);
  expect(html).toContain("Connecting…"); // status is `idle` on the server
  expect(WebSocket).not.toHaveBeenCalled();
});
