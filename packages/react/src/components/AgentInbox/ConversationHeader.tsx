import type { ReactNode } from "react";
import { SafeName } from "../../content/SafeName";
import { useContact } from "../../hooks/use-contact";
import { useConversation } from "../../hooks/use-conversation";
import { ContactAvatar } from "../Avatar/ContactAvatar";
import { defaultConversationListLabels, type StatusTab } from "../ConversationList/labels";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { displayName } from "../internal/participant";

/** Every visible or announced string of {@link ConversationHeader}. */
export interface ConversationHeaderLabels {
  /** Name shown when the contact has none. */
  unknownContact: string;
  /** Text of a conversation status. */
  status: (status: string) => string;
  /** Who the conversation is assigned to. */
  assignee: (name: string | undefined) => string;
  /** The back button (shown only when `onBack` is given). */
  back: string;
}

/** English defaults of {@link ConversationHeaderLabels}. */
export const defaultConversationHeaderLabels: ConversationHeaderLabels = {
  unknownContact: "Unknown contact",
  status: (status) => defaultConversationListLabels.status(status as StatusTab),
  assignee: (name) => (name ? `Assigned to ${name}` : "Unassigned"),
  back: "Back to conversations",
};

/** Props of {@link ConversationHeader}. */
export interface ConversationHeaderProps {
  /** Display id of the conversation. */
  conversationId: number;
  /** Shows a back button calling this (the list-or-thread layout of narrow screens). */
  onBack?: () => void;
  /** The app's actions (assign, resolve...), shown at the end of the header. */
  actions?: ReactNode;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<ConversationHeaderLabels>;
}

/**
 * Who a conversation is with (avatar with live presence, name), its status
 * and assignee, live from the store; an optional back button and the app's
 * actions.
 *
 * @example
 * <ConversationHeader conversationId={openId} actions={<ResolveButton id={openId} />} />
 */
export function ConversationHeader({
  conversationId,
  onBack,
  actions,
  className,
  labels,
}: ConversationHeaderProps) {
  const l = useLabels(defaultConversationHeaderLabels, labels);
  const conversation = useConversation(conversationId);
  const sender = conversation?.meta?.sender;
  const contact = useContact(sender?.id ?? -1) ?? sender;
  const assignee = conversation?.meta?.assignee;
  const name = displayName(contact);
  const status = conversation?.status ?? "open";
  return (
    <header className={cx("unilink-root", "unilink-conversation-header", className)}>
      {onBack && (
        <button
          type="button"
          className="unilink-button unilink-conversation-header__back"
          aria-label={l.back}
          onClick={onBack}
        >
          <span aria-hidden="true" className="unilink-conversation-header__back-icon">
            ‹
          </span>
        </button>
      )}
      <ContactAvatar contact={contact} name={name || l.unknownContact} />
      <div className="unilink-conversation-header__who">
        <h2 className="unilink-conversation-header__name">
          <SafeName name={name} fallback={l.unknownContact} />
        </h2>
        {conversation && (
          <p className="unilink-conversation-header__meta">
            <span
              className={cx(
                "unilink-conversation-header__status",
                `unilink-conversation-header__status--${status}`,
              )}
            >
              {l.status(status)}
            </span>
            {" · "}
            {l.assignee(assignee ? displayName(assignee) || undefined : undefined)}
          </p>
        )}
      </div>
      {actions && <div className="unilink-conversation-header__actions">{actions}</div>}
    </header>
  );
}
