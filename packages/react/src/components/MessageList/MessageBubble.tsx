import { isMessageDeleted, isPending, type StoredMessage } from "@unilink/core";
import { type ComponentType, memo } from "react";
import { MessageContent, type MessageContentProps } from "../../content/MessageContent";
import { SafeName } from "../../content/SafeName";
import { Avatar } from "../Avatar/Avatar";
import { cx } from "../internal/cx";
import { displayName } from "../internal/participant";
import { formatClock } from "../internal/time";
import { Attachments, type AttachmentViewProps } from "./Attachments";
import { DeliveryStatus } from "./DeliveryStatus";
import type { MessageRole, Viewer } from "./direction";
import type { MessageListLabels } from "./labels";
import { PendingUpload } from "./PendingUpload";

/** Props of one message (the default bubble, or `components.Message`). */
export interface MessageBubbleProps {
  /** The message (identity-stable until it changes). */
  message: StoredMessage;
  /** `outgoing` is the viewer's side. */
  role: MessageRole;
  /** First of a run by the same sender. */
  first: boolean;
  /** Last of a run by the same sender. */
  last: boolean;
  /** Who reads. */
  viewer: Viewer;
  /** Strings. */
  labels: MessageListLabels;
  /** Locale for the time. */
  locale?: string;
  /** Re-sends a failed message. */
  onRetry?: (message: StoredMessage) => void;
  /** Renders the text (default {@link MessageContent}). */
  Content?: ComponentType<MessageContentProps>;
  /** Renders one attachment. */
  Attachment?: ComponentType<AttachmentViewProps>;
}

/**
 * The default message bubble: incoming, outgoing, private note, activity
 * and deleted styles (`unilink-message--*` classes), the sender's name on
 * the first of a group, an avatar on the last, safe content, attachments,
 * time and, on the viewer's own messages, the delivery status.
 */
export const MessageBubble = memo(function MessageBubble({
  message,
  role,
  first,
  last,
  viewer,
  labels,
  locale,
  onRetry,
  Content = MessageContent,
  Attachment,
}: MessageBubbleProps) {
  const deleted = isMessageDeleted(message);
  const time = new Date(message.created_at * 1000);
  if (role === "activity") {
    return (
      <div className="unilink-message unilink-message--activity">
        <Content text={message.content} markdown={false} />
      </div>
    );
  }
  const name = displayName(message.sender);
  const status = typeof message.status === "string" ? message.status : undefined;
  const showName = first && (role === "incoming" || viewer === "agent");
  const showAvatar = last && role === "incoming";
  return (
    <div
      className={cx(
        "unilink-message",
        `unilink-message--${role}`,
        message.private && "unilink-message--private",
        deleted && "unilink-message--deleted",
        status === "failed" && "unilink-message--failed",
        status === "sending" && "unilink-message--sending",
        first && "unilink-message--first",
        last && "unilink-message--last",
      )}
    >
      {role === "incoming" && (
        <span className="unilink-message__avatar">
          {showAvatar && (
            <Avatar
              name={name || labels.unknownSender}
              src={message.sender?.thumbnail ?? message.sender?.avatar_url}
              size="sm"
            />
          )}
        </span>
      )}
      <div className="unilink-message__bubble">
        {showName && (
          <SafeName
            className="unilink-message__sender"
            name={name}
            fallback={labels.unknownSender}
          />
        )}
        {message.private && <span className="unilink-message__tag">{labels.privateNote}</span>}
        {deleted ? (
          <p className="unilink-message__deleted">{labels.deleted}</p>
        ) : (
          <>
            <Content text={message.content} />
            {isPending(message) && <PendingUpload message={message} labels={labels} />}
            <Attachments
              attachments={message.attachments ?? []}
              labels={labels.attachment}
              View={Attachment}
            />
          </>
        )}
        <span className="unilink-message__meta">
          <time dateTime={Number.isNaN(time.getTime()) ? undefined : time.toISOString()}>
            {formatClock(message.created_at, locale)}
          </time>
          {role === "outgoing" && status && (
            <DeliveryStatus
              status={status}
              text={labels.status}
              retryText={labels.retry}
              onRetry={onRetry ? () => onRetry(message) : undefined}
            />
          )}
        </span>
      </div>
    </div>
  );
});
