import type { UniLinkEventMap, UniLinkEventName } from "../events";
import type { IssueDetail } from "../issues";
import {
  validateCacheInvalidatedEventData,
  validateContactEventData,
  validateConversationEventData,
  validateMessageEventData,
  validateMessageUpdatedEventData,
  validateNotificationDeletedEventData,
  validateNotificationEventData,
  validatePresenceUpdateEventData,
  validateTypingEventData,
} from "./event-data";
import type { Check } from "./fields";

export type { Check } from "./fields";

/**
 * The validator of each known event's `data` on the socket path. Twin of
 * `eventDataSchemas` (the zod schemas stay the reference: the property tests
 * check that both accept the same payloads and return equal values).
 */
export const eventDataValidators: { [N in UniLinkEventName]: Check<UniLinkEventMap[N]> } = {
  "message.created": validateMessageEventData,
  "message.updated": validateMessageUpdatedEventData,
  "first.reply.created": validateMessageEventData,
  "conversation.created": validateConversationEventData,
  "conversation.updated": validateConversationEventData,
  "conversation.status_changed": validateConversationEventData,
  "conversation.read": validateConversationEventData,
  "conversation.contact_changed": validateConversationEventData,
  "conversation.mentioned": validateConversationEventData,
  "assignee.changed": validateConversationEventData,
  "team.changed": validateConversationEventData,
  "conversation.typing_on": validateTypingEventData,
  "conversation.typing_off": validateTypingEventData,
  "contact.created": validateContactEventData,
  "contact.updated": validateContactEventData,
  "contact.merged": validateContactEventData,
  "contact.deleted": validateContactEventData,
  "notification.created": validateNotificationEventData,
  "notification.updated": validateNotificationEventData,
  "notification.deleted": validateNotificationDeletedEventData,
  "account.cache_invalidated": validateCacheInvalidatedEventData,
  "presence.update": validatePresenceUpdateEventData,
};

/** True when `name` is an event the library knows. */
export function isUniLinkEventName(name: string): name is UniLinkEventName {
  return Object.hasOwn(eventDataValidators, name);
}

/** Outcome of {@link validate}: the normalized value, or what is wrong with the input. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: IssueDetail[] };

/** Runs `check` on `input`; the paths of its issues start with `path`. */
export function validate<T>(
  check: Check<T>,
  input: unknown,
  path: readonly (string | number)[],
): Validated<T> {
  const issues: IssueDetail[] = [];
  const value = check(input, issues);
  if (issues.length === 0) return { ok: true, value };
  for (const issue of issues) issue.path.unshift(...path);
  return { ok: false, issues };
}
