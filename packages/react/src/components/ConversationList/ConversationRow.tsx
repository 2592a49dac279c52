import type { Conversation } from "@unilink/core";
import { memo } from "react";
import { SafeName } from "../../content/SafeName";
import { useConversationLabels } from "../../hooks/directory/use-conversation-labels";
import { useContact } from "../../hooks/use-contact";
import { useTyping } from "../../hooks/use-typing";
import { ContactAvatar } from "../Avatar/ContactAvatar";
import { cx } from "../internal/cx";
import { displayName } from "../internal/participant";
import { formatRelative } from "../internal/time";
import { LabelList } from "../Labels/LabelList";
import { PriorityBadge } from "../Priority/PriorityBadge";
import type { ConversationListLabels } from "./labels";
import { previewOf } from "./preview";

/** Props of a conversation row (the default one, or a replacement passed as `components.Row`). */
export interface ConversationRowProps {
  /** The conversation (identity-stable until it changes). */
  conversation: Conversation;
  /** DOM id, referenced by the listbox's `aria-activedescendant`. */
  id: string;
  /** Position in the whole list, from 1. */
  position: number;
  /** Length of the whole list. */
  size: number;
  /** The app's selected conversation. */
  selected: boolean;
  /** The keyboard cursor is on this row. */
  active: boolean;
  /** Clock for relative times, ms. */
  now: number;
  /** Locale for times. */
  locale?: string;
  /** Strings. */
  labels: ConversationListLabels;
  /** Show agents typing private notes in the typing hint. */
  includePrivateTyping: boolean;
  /** Selects this conversation. */
  onSelect: (conversation: Conversation) => void;
}

/**
 * The default row: avatar with live presence, contact name, relative time
 * of the last activity, last message preview, unread badge and a typing
 * hint. Memoized: it re-renders when its conversation, contact, typists or
 * cursor change.
 */
export const ConversationRow = memo(function ConversationRow({
  conversation,
  id,
  position,
  size,
  selected,
  active,
  now,
  locale,
  labels,
  includePrivateTyping,
  onSelect,
}: ConversationRowProps) {
  const sender = conversation.meta?.sender;
  const contact = useContact(sender?.id ?? -1) ?? sender;
  const typing = useTyping(conversation.id, { includePrivate: includePrivateTyping });
  const labelled = useConversationLabels(conversation.id);
  const name = displayName(contact);
  const unread = conversation.unread_count ?? 0;
  const activity = conversation.last_activity_at ?? conversation.timestamp;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the listbox (Enter)
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant)
    <div
      role="option"
      id={id}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={size}
      className={cx(
        "unilink-conversation",
        selected && "unilink-conversation--selected",
        active && "unilink-conversation--active",
        unread > 0 && "unilink-conversation--unread",
      )}
      onClick={() => onSelect(conversation)}
    >
      <ContactAvatar contact={contact} name={name || labels.unknownContact} />
      <span className="unilink-conversation__body">
        <span className="unilink-conversation__top">
          <SafeName
            className="unilink-conversation__name"
            name={name}
            fallback={labels.unknownContact}
          />
          {activity != null && (
            <time
              className="unilink-conversation__time"
              dateTime={new Date(activity * 1000).toISOString()}
            >
              {formatRelative(activity, now, locale)}
            </time>
          )}
        </span>
        <span className="unilink-conversation__bottom">
          {typing.length > 0 ? (
            <span className="unilink-conversation__typing">{labels.typing}</span>
          ) : (
            <span className="unilink-conversation__preview" dir="auto">
              {previewOf(conversation, labels)}
            </span>
          )}
          {unread > 0 && (
            <span className="unilink-badge">
              <span aria-hidden="true">{unread > 9 ? "9+" : unread}</span>
              <span className="unilink-sr-only">{labels.unread(unread)}</span>
            </span>
          )}
        </span>
        {(conversation.priority || (conversation.labels?.length ?? 0) > 0) && (
          <span className="unilink-conversation__meta">
            <PriorityBadge priority={conversation.priority} labels={labels.priority} />
            <LabelList
              titles={conversation.labels ?? []}
              colorOf={(title) => labelled.find((label) => label.title === title)?.color}
              max={3}
              label={labels.labelList}
            />
          </span>
        )}
      </span>
    </div>
  );
});
