import { type ContactSession, type Conversation, createContactApi } from "@unilink/core";
import { ChatWidget } from "@unilink/react";
import { useEffect, useMemo, useState } from "react";
import { openConversation, restoreOrCreateSession } from "./contact-session";
import "@unilink/react/styles.css";
import "./widget-theme.css";

export interface SupportWidgetProps {
  /** The installation, e.g. https://chat.example.com. */
  baseUrl: string;
  /** The website inbox's identifier (its widget settings). */
  inboxIdentifier: string;
}

/** The customer chat of a website, for one website inbox. */
export function SupportWidget({ baseUrl, inboxIdentifier }: SupportWidgetProps) {
  const api = useMemo(
    () => createContactApi({ baseUrl, inboxIdentifier }),
    [baseUrl, inboxIdentifier],
  );
  const [ready, setReady] = useState<{
    session: ContactSession;
    conversation: Conversation | undefined;
  }>();

  useEffect(() => {
    let current = true;
    void (async () => {
      const session = await restoreOrCreateSession(api, localStorage);
      const conversation = await openConversation(api, session);
      if (current) setReady({ session, conversation });
    })().catch((error: unknown) => console.warn("chat unavailable:", error));
    return () => {
      current = false;
    };
  }, [api]);

  if (!ready) return null; // the launcher appears once the session exists
  return (
    <ChatWidget
      // A new session (after re-identification) needs a new client: its REST calls
      // use the session's source_id, which the client reads once.
      key={ready.session.source_id}
      // A contact subscription: no accountId or userId, just the contact's token.
      url={baseUrl}
      pubsubToken={ready.session.pubsub_token}
      api={api}
      contactSourceId={ready.session.source_id}
      presenceIntervalMs={60_000} // the official widget pings every 60 s
      // Undefined for a new visitor: their first message creates the conversation.
      conversationId={ready.conversation?.id}
      className="acme-chat"
      labels={{ title: "Acme support", open: "Questions? Chat with us" }}
    />
  );
}
