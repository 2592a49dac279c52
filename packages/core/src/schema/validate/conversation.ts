import type { Conversation } from "../conversation";
import { validateContact } from "./contact";
import {
  arrayOf,
  type Issues,
  id,
  type Loose,
  nullishBoolean,
  nullishId,
  nullishNested,
  nullishNumber,
  nullishOpenString,
  nullishRecord,
  nullishString,
  nullishStringArray,
  nullishTimestamp,
  objectOf,
} from "./fields";
import { validateMessage } from "./message";
import { validateParticipant } from "./participant";
import { validateTeam } from "./team";

const TIMESTAMPS = [
  "created_at",
  "updated_at",
  "last_activity_at",
  "timestamp",
  "agent_last_seen_at",
  "contact_last_seen_at",
  "waiting_since",
  "first_reply_created_at",
  "snoozed_until",
] as const;

const validateMessages = arrayOf(validateMessage);

const validateMeta = objectOf<unknown>((out, input, issues) => {
  let next = nullishNested(out, input, "sender", validateContact, issues);
  next = nullishNested(next, input, "assignee", validateParticipant, issues);
  nullishString(input, "assignee_type", issues);
  next = nullishNested(next, input, "team", validateTeam, issues);
  nullishBoolean(input, "hmac_verified", issues);
  return next;
});

/** The fields of `conversationShape`, checked on `input` and converted into `out`. */
export function conversationFields(out: Loose, input: Loose, issues: Issues): Loose {
  let next = id(out, input, "id", issues);
  next = nullishId(next, input, "account_id", issues);
  next = nullishId(next, input, "inbox_id", issues);
  nullishOpenString(input, "status", issues);
  nullishOpenString(input, "priority", issues);
  nullishStringArray(input, "labels", issues);
  nullishNumber(input, "unread_count", issues);
  nullishBoolean(input, "can_reply", issues);
  nullishString(input, "channel", issues);
  for (const key of TIMESTAMPS) next = nullishTimestamp(next, input, key, issues);
  next = nullishNested(next, input, "messages", validateMessages, issues);
  next = nullishNested(next, input, "meta", validateMeta, issues);
  next = nullishRecord(next, input, "contact_inbox", issues);
  next = nullishRecord(next, input, "additional_attributes", issues);
  return nullishRecord(next, input, "custom_attributes", issues);
}

/** Socket-path twin of `ConversationSchema`. */
export const validateConversation = objectOf<Conversation>(conversationFields);
