import { shareAcrossTabs, type UniLinkError } from "@unilink/core";
import { ChatWidget, UniLinkProvider, useConversations } from "@unilink/react";
import type { VisitorSession } from "./config/contact-session";

function reportError(error: UniLinkError) {
  console.warn(`[unilink] ${error.code}: ${error.message}`);
}

/**
 * The widget for one visitor. Their conversations load from the public API;
 * a visitor without one gets the composer, and their first message creates
 * the conversation (opening the chat alone creates nothing).
 */
function Chat() {
  const { conversations } = useConversations({ status: "all" }, { load: true });
  return <ChatWidget conversationId={conversations[0]?.id} />;
}

/** One UniLink connection for the visitor (contact subscription: only their own conversations). */
export function VisitorChat({ session }: { session: VisitorSession }) {
  return (
    <UniLinkProvider
      url={session.url}
      pubsubToken={session.contact.pubsub_token}
      api={session.api}
      contactSourceId={session.contact.source_id}
      onError={reportError}
      // A shopper browsing in several tabs is one visitor with one socket.
      shareAcrossTabs={shareAcrossTabs()}
    >
      <Chat />
    </UniLinkProvider>
  );
}
