"use client";

import { useConnectionStatus, useConversations } from "@unilink/react";

/** The hooks in an app's own Client Component. */
export function InboxSummary() {
  const status = useConnectionStatus();
  const open = useConversations({ status: "open" });
  return <p data-testid="summary">{`status: ${status}, open conversations: ${open.length}`}</p>;
}
