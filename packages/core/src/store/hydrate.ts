import { UniLinkError } from "../errors";
import { exceedsDepth } from "../schema/depth";
import { summarizeIssues } from "../schema/issues";
import { type Check, validate } from "../schema/validate";
import { validateContact } from "../schema/validate/contact";
import { validateConversation } from "../schema/validate/conversation";
import { validateMessage } from "../schema/validate/message";
import { validateNotification } from "../schema/validate/notification";
import type { Drafts } from "./batch";
import { storeContact } from "./contact";
import { storeConversation } from "./conversation";
import { storeMessage } from "./message";
import { setNotificationCounts, storeNotification } from "./notification";
import type { HydrateSnapshot, UniLinkState } from "./state";

/** Result of {@link hydrateState}: the merged state and the items that failed validation. */
export interface HydrateResult {
  state: UniLinkState;
  errors: UniLinkError[];
}

/**
 * Merges fetched data with the same rules as live events (older
 * conversations and messages never overwrite newer ones; fetched messages
 * never count as unread). Invalid items are skipped and reported. Writes in
 * place to what `drafts` (the running batch) holds.
 */
export function hydrateState(
  state: UniLinkState,
  snapshot: HydrateSnapshot,
  drafts?: Drafts,
): HydrateResult {
  const errors: UniLinkError[] = [];
  let next = state;
  const each = <T>(
    kind: string,
    check: Check<T>,
    items: readonly unknown[] | undefined,
    apply: (value: T) => void,
  ) => {
    for (const [index, item] of (items ?? []).entries()) {
      if (exceedsDepth(item)) {
        const issues = [{ path: [kind, index], message: "too_deep" }];
        errors.push(
          new UniLinkError(
            "validation",
            `${kind}[${index}] in hydrate snapshot is nested too deep`,
            { issues },
          ),
        );
        continue;
      }
      const result = validate(check, item, [kind, index]);
      if (result.ok) {
        apply(result.value);
        continue;
      }
      const message = `invalid ${kind} in hydrate snapshot: ${summarizeIssues(result.issues)}`;
      errors.push(new UniLinkError("validation", message, { issues: result.issues }));
    }
  };

  each("contacts", validateContact, snapshot.contacts, (contact) => {
    next = storeContact(next, contact, drafts);
  });
  each("conversations", validateConversation, snapshot.conversations, (conversation) => {
    next = storeConversation(next, conversation, drafts);
  });
  for (const page of snapshot.messages ?? []) {
    // REST message pages may omit conversation_id; the page says which conversation it is.
    const items = page.messages.map((item) =>
      typeof item === "object" && item !== null
        ? { conversation_id: page.conversationId, ...item }
        : item,
    );
    each("messages", validateMessage, items, (message) => {
      next = storeMessage(next, message, "snapshot", drafts);
    });
  }
  each("notifications", validateNotification, snapshot.notifications, (notification) => {
    next = storeNotification(next, notification, {}, drafts);
  });
  next = setNotificationCounts(next, {
    unread_count: snapshot.notificationCounts?.unreadCount,
    count: snapshot.notificationCounts?.count,
  });
  return { state: next, errors };
}
