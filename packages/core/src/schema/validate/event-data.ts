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
  type Issues,
  id,
  isObject,
  type Loose,
  nested,
  nullishBoolean,
  nullishId,
  nullishNested,
  nullishNumber,
  nullishRecord,
  objectOf,
  put,
  report,
} from "./fields";
import { messageFields } from "./message";
import { validateNotification } from "./notification";
import { validateParticipant } from "./participant";

/**
 * Socket-path twins of the event `data` schemas in `event-data.ts`: same
 * acceptance, same output, same issues, without zod's generic machinery.
 * Fields are checked in the schemas' key order, so issues come in the same order.
 */

/** `performer` of the envelope (`account_id` sits where each shape puts it). */
function performer(out: Loose, input: Loose, issues: Issues): Loose {
  return nullishNested(out, input, "performer", validateParticipant, issues);
}

/** Both envelope fields, for payloads whose shape starts with them. */
function envelope(out: Loose, input: Loose, issues: Issues): Loose {
  return performer(nullishId(out, input, "account_id", issues), input, issues);
}

/** Validates {@link ConversationEventData}. */
export const validateConversationEventData = objectOf<ConversationEventData>((out, input, issues) =>
  performer(conversationFields(out, input, issues), input, issues),
);

/** Validates {@link MessageEventData}. */
export const validateMessageEventData = objectOf<MessageEventData>((out, input, issues) =>
  performer(messageFields(out, input, issues), input, issues),
);

/** Validates {@link MessageUpdatedEventData}. */
export const validateMessageUpdatedEventData = objectOf<MessageUpdatedEventData>(
  (out, input, issues) =>
    nullishRecord(
      performer(messageFields(out, input, issues), input, issues),
      input,
      "previous_changes",
      issues,
    ),
);

/** Validates {@link ContactEventData}. */
export const validateContactEventData = objectOf<ContactEventData>((out, input, issues) =>
  performer(contactFields(out, input, issues), input, issues),
);

/** Validates {@link TypingEventData}; a missing `is_private` becomes `false`. */
export const validateTypingEventData = objectOf<TypingEventData>((out, input, issues) => {
  let next = envelope(out, input, issues);
  next = nested(next, input, "conversation", validateConversation, issues);
  next = nested(next, input, "user", validateParticipant, issues);
  const from = issues.length;
  nullishBoolean(input, "is_private", issues);
  return issues.length > from ? next : put(next, input, "is_private", input.is_private === true);
});

function counts(out: Loose, input: Loose, issues: Issues): Loose {
  const next = envelope(out, input, issues);
  nullishNumber(input, "unread_count", issues);
  nullishNumber(input, "count", issues);
  return next;
}

/** Validates {@link NotificationEventData}. */
export const validateNotificationEventData = objectOf<NotificationEventData>((out, input, issues) =>
  nested(counts(out, input, issues), input, "notification", validateNotification, issues),
);

const validateDeletedNotification = objectOf<unknown>((out, input, issues) => {
  return id(out, input, "id", issues);
});

/** Validates {@link NotificationDeletedEventData}: only the notification's id is required. */
export const validateNotificationDeletedEventData = objectOf<NotificationDeletedEventData>(
  (out, input, issues) =>
    nested(counts(out, input, issues), input, "notification", validateDeletedNotification, issues),
);

/** Validates {@link CacheInvalidatedEventData}. */
export const validateCacheInvalidatedEventData = objectOf<CacheInvalidatedEventData>(
  (out, input, issues) => nullishRecord(envelope(out, input, issues), input, "cache_keys", issues),
);

/** `z.nullish(z.record(z.string(), z.string()))`: every value a string. */
function nullishStatusMap(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  if (value == null || !isObject(value)) return nullishRecord(out, input, key, issues);
  for (const name of Object.keys(value)) {
    if (name !== "__proto__" && typeof value[name] !== "string") {
      report(issues, [key, name], "invalid_type (expected string)");
    }
  }
  return nullishRecord(out, input, key, issues);
}

/** Validates {@link PresenceUpdateEventData}. */
export const validatePresenceUpdateEventData = objectOf<PresenceUpdateEventData>(
  (out, input, issues) =>
    nullishStatusMap(
      nullishStatusMap(envelope(out, input, issues), input, "users", issues),
      input,
      "contacts",
      issues,
    ),
);
