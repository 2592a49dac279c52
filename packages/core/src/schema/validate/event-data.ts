import type {
  CacheInvalidatedEventData,
  ContactEventData,
  ConversationEventData,
  MessageEventData,
  MessageUpdatedEventData,
  NotificationDeletedEventData,
  NotificationEventData,
  PresenceUpdateEventData,
  TypingEventData,
} from "../event-data";
import { contactFields } from "./contact";
import { conversationFields, validateConversation } from "./conversation";
import {
  boolean,
  type Check,
  id,
  isObject,
  nullish,
  number,
  record,
  report,
  shape,
} from "./fields";
import { messageFields } from "./message";
import { validateNotification } from "./notification";
import { validateParticipant } from "./participant";

/**
 * Socket-path twins of the event `data` schemas in `event-data.ts`: same
 * acceptance, same output, same issues, without zod's generic machinery.
 * Fields are listed in the schemas' key order, so issues come in the same order.
 */

/** `performer` of the envelope (`account_id` sits where each shape puts it). */
const performer = nullish(validateParticipant);

/** Both envelope fields, for payloads whose shape starts with them. */
const envelope = { account_id: nullish(id), performer };

/** Validates {@link ConversationEventData}. */
export const validateConversationEventData = shape<ConversationEventData>({
  ...conversationFields,
  performer,
});

/** Validates {@link MessageEventData}. */
export const validateMessageEventData = shape<MessageEventData>({ ...messageFields, performer });

/** Validates {@link MessageUpdatedEventData}. */
export const validateMessageUpdatedEventData = shape<MessageUpdatedEventData>({
  ...messageFields,
  performer,
  previous_changes: nullish(record),
});

/** Validates {@link ContactEventData}. */
export const validateContactEventData = shape<ContactEventData>({ ...contactFields, performer });

/** Validates {@link TypingEventData}; a missing `is_private` becomes `false`. */
export const validateTypingEventData = shape<TypingEventData>({
  ...envelope,
  conversation: validateConversation,
  user: validateParticipant,
  is_private: (value, issues) => (value == null ? false : boolean(value, issues)),
});

/** The envelope and the counts of a notification event. */
const counts = { ...envelope, unread_count: nullish(number), count: nullish(number) };

/** Validates {@link NotificationEventData}. */
export const validateNotificationEventData = shape<NotificationEventData>({
  ...counts,
  notification: validateNotification,
});

/** Validates {@link NotificationDeletedEventData}: only the notification's id is required. */
export const validateNotificationDeletedEventData = shape<NotificationDeletedEventData>({
  ...counts,
  notification: shape({ id }),
});

/** Validates {@link CacheInvalidatedEventData}. */
export const validateCacheInvalidatedEventData = shape<CacheInvalidatedEventData>({
  ...envelope,
  cache_keys: nullish(record),
});

/** `z.record(z.string(), z.string())`: every value a string. */
const statusMap: Check<unknown> = (value, issues) => {
  if (isObject(value)) {
    for (const name of Object.keys(value)) {
      if (name !== "__proto__" && typeof value[name] !== "string") {
        report(issues, [name], "invalid_type (expected string)");
      }
    }
  }
  return record(value, issues);
};

/** Validates {@link PresenceUpdateEventData}. */
export const validatePresenceUpdateEventData = shape<PresenceUpdateEventData>({
  ...envelope,
  users: nullish(statusMap),
  contacts: nullish(statusMap),
});
