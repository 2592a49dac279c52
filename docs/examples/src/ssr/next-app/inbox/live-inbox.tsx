"use client";
import type { Conversation } from "@unilink/core";
import { useConnectionStatus, useConversations, useUniLinkClient } from "@unilink/react";
import { useEffect, useState } from "react";

/**
 * Server HTML and the hydration pass render `initial` (hooks would render the
 * empty initial store there). After hydration the store is seeded with the
 * same data and the live hooks take over: same rows, then live updates.
 */
export function LiveInbox({ initial }: { initial: Conversation[] }) {
  const client = useUniLinkClient();
  const [live, setLive] = useState(false);
  const conversations = useConversations({ status: "open" });
  const status = useConnectionStatus();

  useEffect(() => {
    // Same rules as live events: an older copy never overwrites a newer one.
    client.hydrate({ conversations: initial });
    setLive(true);
  }, [client, initial]);

  const shown = live ? conversations : initial;
  return (
    <main>
      <p aria-live="polite">{status === "connected" ? "Live" : "Connecting…"}</p>
      <ul>
        {shown.map((conversation) => (
          <li key={conversation.id}>
            #{conversation.id} {conversation.meta?.sender?.name}
          </li>
        ))}
      </ul>
    </main>
  );
}
