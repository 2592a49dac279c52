import type { Message } from "../message";
import { validateAttachment } from "./attachment";
import {
  arrayOf,
  type Issues,
  id,
  type Loose,
  nullishBoolean,
  nullishId,
  nullishMessageType,
  nullishNested,
  nullishNumber,
  nullishOpenString,
  nullishRecord,
  nullishString,
  nullishStringOf,
  nullishStringOrNumber,
  nullishTimestamp,
  objectOf,
  timestamp,
} from "./fields";
import { validateParticipant } from "./participant";

const validateAttachments = arrayOf(validateAttachment);

const validateContentAttributes = objectOf<unknown>((out, input, issues) => {
  nullishBoolean(input, "deleted", issues);
  return out;
});

const validateConversationSummary = objectOf<unknown>((out, input, issues) => {
  let next = nullishId(out, input, "assignee_id", issues);
  nullishNumber(input, "unread_count", issues);
  next = nullishTimestamp(next, input, "last_activity_at", issues);
  return next;
});

/** The fields of `messageShape`, checked on `input` and converted into `out`. */
export function messageFields(out: Loose, input: Loose, issues: Issues): Loose {
  let next = id(out, input, "id", issues);
  next = id(next, input, "conversation_id", issues);
  next = timestamp(next, input, "created_at", issues);
  next = nullishTimestamp(next, input, "updated_at", issues);
  nullishString(input, "content", issues);
  next = nullishMessageType(next, input, "message_type", issues);
  nullishString(input, "content_type", issues);
  next = nullishNested(next, input, "content_attributes", validateContentAttributes, issues);
  nullishBoolean(input, "private", issues);
  nullishOpenString(input, "status", issues);
  nullishStringOrNumber(input, "source_id", issues);
  nullishString(input, "sender_type", issues);
  next = nullishId(next, input, "sender_id", issues);
  next = nullishNested(next, input, "sender", validateParticipant, issues);
  next = nullishNested(next, input, "attachments", validateAttachments, issues);
  next = nullishStringOf(next, input, "echo_id", issues);
  next = nullishId(next, input, "account_id", issues);
  next = nullishId(next, input, "inbox_id", issues);
  next = nullishRecord(next, input, "external_source_ids", issues);
  return nullishNested(next, input, "conversation", validateConversationSummary, issues);
}

/** Socket-path twin of `MessageSchema`. */
export const validateMessage = objectOf<Message>(messageFields);
