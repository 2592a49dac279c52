import { applyConversation } from "../apply-conversation";
import type { Reducer } from "../context";

/**
 * Every conversation event carries the whole conversation: upsert it by
 * display id, ignoring payloads older than the stored one, so a late
 * `conversation.created` neither duplicates nor rolls back.
 */
export const onConversationPayload: Reducer<
  | "conversation.created"
  | "conversation.updated"
  | "conversation.status_changed"
  | "conversation.read"
  | "conversation.contact_changed"
  | "conversation.mentioned"
  | "assignee.changed"
  | "team.changed"
> = (state, data) => applyConversation(state, data);
