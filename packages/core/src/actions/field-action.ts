import type { AgentApi } from "../api/agent-api";
import {
  type ConversationFields,
  patchConversation,
  readFields,
  revertConversation,
} from "./conversation-fields";
import type { ActionHost, ActionOutcome } from "./host";
import { refetchConversation, runAction } from "./run-action";

/**
 * An action changing fields of one conversation: shows `fields` at once,
 * rolls them back (where still shown) and refetches the conversation on failure.
 */
export function runFieldAction<T>(
  host: ActionHost,
  conversationId: number,
  fields: ConversationFields,
  call: (api: AgentApi) => Promise<T>,
  options: { refetchAfter?: boolean } = {},
): Promise<ActionOutcome<T>> {
  const previous = readFields(host.store.getState(), conversationId, fields);
  const refetch = (api: AgentApi) => refetchConversation(host, api, conversationId);
  return runAction(host, {
    optimistic: (state) => patchConversation(state, conversationId, fields),
    rollback: (state) => revertConversation(state, conversationId, fields, previous),
    call,
    resettle: refetch,
    after: options.refetchAfter ? (api) => refetch(api) : undefined,
  });
}
