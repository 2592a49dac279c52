import { applyMessage } from "../apply-message";
import type { Reducer } from "../context";
import { setEntry } from "../records";

/** `message.created`: upsert; replaces the pending copy with the same `echo_id`. */
export const onMessageCreated: Reducer<"message.created"> = (state, data) =>
  applyMessage(state, data, "created");

/** `message.updated`: upsert unless older than the stored version; `previous_changes` is not needed. */
export const onMessageUpdated: Reducer<"message.updated"> = (state, data) =>
  applyMessage(state, data, "updated");

/** `first.reply.created`: the message, plus the conversation's `first_reply_created_at` when unset. */
export const onFirstReplyCreated: Reducer<"first.reply.created"> = (state, data) => {
  const next = applyMessage(state, data, "created");
  const conversation = next.conversations[data.conversation_id];
  if (!conversation || conversation.first_reply_created_at != null) return next;
  const updated = { ...conversation, first_reply_created_at: data.created_at };
  return { ...next, conversations: setEntry(next.conversations, conversation.id, updated) };
};
