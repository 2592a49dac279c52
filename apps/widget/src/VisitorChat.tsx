import type { UniLinkError } from "@unilink/core";
import { ChatWidget, UniLinkProvider, useConversations, useUniLinkClient } from "@unilink/react";
import { useEffect, useRef, useState } from "react";
import type { VisitorSession } from "./config/contact-session";

function reportError(error: UniLinkError) {
  console.warn(`[unilink] ${error.code}: ${error.message}`);
}

/**
 * The widget for one visitor. Their conversations load from the public API;
 * when they open the chat and have none, one is created (the widget says
 * "Starting your conversation…" meanwhile).
 */
function Chat({ session }: { session: VisitorSession }) {
  const client = useUniLinkClient();
  const { conversations, loaded } = useConversations({ status: "all" }, { load: true });
  const latest = conversations[0]?.id;
  const [open, setOpen] = useState(false);
  const creating = useRef(false);

  useEffect(() => {
    if (!open || !loaded || latest !== undefined || creating.current) return;
    creating.current = true;
    session.api
      .createConversation(session.contact.source_id)
      .then((conversation) => client.hydrate({ conversations: [conversation] }))
      .catch((error: unknown) => console.warn("[widget] could not start a conversation", error))
      .finally(() => {
        creating.current = false;
      });
  }, [client, session, open, loaded, latest]);

  return <ChatWidget conversationId={latest} onOpenChange={setOpen} />;
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
      shareAcrossTabs
    >
      <Chat session={session} />
    </UniLinkProvider>
  );
}
