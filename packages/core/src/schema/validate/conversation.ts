import type { Conversation } from "../conversation";
import { validateContact } from "./contact";
import {
  arrayOf,
  boolean,
  id,
  nullish,
  number,
  openString,
  record,
  type Shape,
  shape,
  string,
  timestamp,
  validateStrings,
} from "./fields";
import { validateMessage } from "./message";
import { validateParticipant } from "./participant";
import { validateTeam } from "./team";

const optionalTimestamp = nullish(timestamp);

/** The fields of `conversationShape`. */
export const conversationFields: Shape = {
  id,
  account_id: nullish(id),
  inbox_id: nullish(id),
  status: nullish(openString),
  priority: nullish(openString),
  labels: nullish(validateStrings),
  unread_count: nullish(number),
  can_reply: nullish(boolean),
  channel: nullish(string),
  created_at: optionalTimestamp,
  updated_at: optionalTimestamp,
  last_activity_at: optionalTimestamp,
  timestamp: optionalTimestamp,
  agent_last_seen_at: optionalTimestamp,
  contact_last_seen_at: optionalTimestamp,
  waiting_since: optionalTimestamp,
  first_reply_created_at: optionalTimestamp,
  snoozed_until: optionalTimestamp,
  messages: nullish(arrayOf(validateMessage)),
  meta: nullish(
    shape({
      sender: nullish(validateContact),
      assignee: nullish(validateParticipant),
      assignee_type: nullish(string),
      team: nullish(validateTeam),
      hmac_verified: nullish(boolean),
    }),
  ),
  contact_inbox: nullish(record),
  additional_attributes: nullish(record),
  custom_attributes: nullish(record),
};

/** Socket-path twin of `ConversationSchema`. */
export const validateConversation = shape<Conversation>(conversationFields);
