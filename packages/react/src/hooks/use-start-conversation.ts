import type { SendMessageInput, StartConversationOutcome } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";

/**
 * A stable `start(input)` for a contact without a conversation: core creates
 * the conversation with the first message (not before, so a visitor who
 * only opens the widget leaves nothing in the agents' inbox), stores it and
 * sends the message optimistically. Never rejects: `{ok, conversationId, ...}`
 * or `{ok: false, error}`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const start = useStartConversation();
 * <form onSubmit={(e) => { e.preventDefault(); void start({ content: draft }); }}>
 */
export function useStartConversation(): (
  input: SendMessageInput,
) => Promise<StartConversationOutcome> {
  const client = useClientFor("useStartConversation");
  return useCallback((input: SendMessageInput) => client.startConversation(input), [client]);
}
