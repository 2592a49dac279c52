import type { Message } from "../message";
import { validateAttachment } from "./attachment";
import {
  arrayOf,
  boolean,
  id,
  messageType,
  nullish,
  number,
  openString,
  record,
  type Shape,
  shape,
  string,
  stringOf,
  stringOrNumber,
  timestamp,
} from "./fields";
import { validateParticipant } from "./participant";

/** The fields of `messageShape`. */
export const messageFields: Shape = {
  id,
  conversation_id: id,
  created_at: timestamp,
  updated_at: nullish(timestamp),
  content: nullish(string),
  message_type: nullish(messageType),
  content_type: nullish(string),
  content_attributes: nullish(shape({ deleted: nullish(boolean) })),
  private: nullish(boolean),
  status: nullish(openString),
  source_id: nullish(stringOrNumber),
  sender_type: nullish(string),
  sender_id: nullish(id),
  sender: nullish(validateParticipant),
  attachments: nullish(arrayOf(validateAttachment)),
  echo_id: nullish(stringOf),
  account_id: nullish(id),
  inbox_id: nullish(id),
  external_source_ids: nullish(record),
  conversation: nullish(
    shape({
      assignee_id: nullish(id),
      unread_count: nullish(number),
      last_activity_at: nullish(timestamp),
    }),
  ),
};

/** Socket-path twin of `MessageSchema`. */
export const validateMessage = shape<Message>(messageFields);
