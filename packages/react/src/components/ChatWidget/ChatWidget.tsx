import type { UniLinkClient, UniLinkClientOptions } from "@unilink/core";
import {
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
  useId,
  useRef,
  useState,
} from "react";
import { SafeName } from "../../content/SafeName";
import { useConversation } from "../../hooks/use-conversation";
import { useConversations } from "../../hooks/use-conversations";
import { UniLinkProvider } from "../../provider/UniLinkProvider";
import { Avatar } from "../Avatar/Avatar";
import { PresenceBadge } from "../Avatar/PresenceBadge";
import { ConnectionBanner } from "../ConnectionBanner/ConnectionBanner";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { displayName } from "../internal/participant";
import { MessageComposer, type MessageComposerProps } from "../MessageComposer/MessageComposer";
import { MessageList, type MessageListProps } from "../MessageList/MessageList";
import { TypingIndicator } from "../TypingIndicator/TypingIndicator";

/** Every visible string of {@link ChatWidget} (inner components take their own `labels`). */
export interface ChatWidgetLabels {
  /** Launcher button when closed. */
  open: string;
  /** Launcher and header button when open. */
  close: string;
  /** Window title. */
  title: string;
  /** Header subtitle when no agent is assigned. */
  teamSubtitle: string;
  /** Shown above the composer while there is no conversation (the first message starts one); the header's subtitle already says when the team replies. */
  noConversation: string;
}

/** English defaults of {@link ChatWidgetLabels}. */
export const defaultChatWidgetLabels: ChatWidgetLabels = {
  open: "Chat with us",
  close: "Close chat",
  title: "Chat",
  teamSubtitle: "We typically reply in a few minutes",
  noConversation: "Ask us anything: your first message starts the conversation.",
};

/** Props of the header (the default one, or `components.Header`). */
export interface ChatWidgetHeaderProps {
  /** The conversation shown, when there is one. */
  conversationId: number | undefined;
  /** Strings. */
  labels: ChatWidgetLabels;
  /** Closes the window. */
  onClose: () => void;
}

/** Inner parts of {@link ChatWidget} an app may replace. */
export interface ChatWidgetComponents {
  /** The window header. */
  Header: ComponentType<ChatWidgetHeaderProps>;
}

/** Props of {@link ChatWidget} beside the connection. */
export interface ChatWidgetOwnProps {
  /** The contact's conversation. Default: the most recent one in the store. */
  conversationId?: number;
  /** Open at first. Default false. */
  defaultOpen?: boolean;
  /** Called when the window opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** Sends a message. Default: the client's `sendMessage`. */
  onSend?: MessageComposerProps["onSend"];
  /** Loads older messages. Default: the client's `loadOlderMessages`. */
  onLoadOlder?: MessageListProps["onLoadOlder"];
  /** Extra class on the root. */
  className?: string;
  /** Override strings of the widget itself. */
  labels?: Partial<ChatWidgetLabels>;
  /** Replace inner parts. */
  components?: Partial<ChatWidgetComponents>;
  /** Strings of the message list, composer, typing indicator and banner. */
  innerLabels?: {
    messageList?: MessageListProps["labels"];
    composer?: MessageComposerProps["labels"];
    typing?: Parameters<typeof TypingIndicator>[0]["labels"];
    banner?: Parameters<typeof ConnectionBanner>[0]["labels"];
  };
}

/**
 * Props of {@link ChatWidget}: the widget's own props, plus either client
 * options for a contact (`url`, `pubsubToken`: the widget then runs its own
 * `<UniLinkProvider>`), or a `client`, or nothing (inside a provider).
 */
export type ChatWidgetProps = ChatWidgetOwnProps &
  (
    | (UniLinkClientOptions & { client?: undefined })
    | { client: UniLinkClient; url?: undefined; pubsubToken?: undefined }
    | { client?: undefined; url?: undefined; pubsubToken?: undefined }
  );

function DefaultHeader({ conversationId, labels, onClose }: ChatWidgetHeaderProps) {
  const conversation = useConversation(conversationId ?? -1);
  const assignee = conversation?.meta?.assignee;
  const isUser = assignee && (assignee.type ?? "user") === "user";
  const name = displayName(assignee);
  return (
    <header className="unilink-widget__header">
      {assignee ? (
        // No presence dot here: the subtitle already says it.
        <Avatar name={name} src={assignee.thumbnail ?? assignee.avatar_url} />
      ) : null}
      <div className="unilink-widget__heading">
        <h2 className="unilink-widget__title">
          {assignee ? <SafeName name={name} fallback={labels.title} /> : labels.title}
        </h2>
        <p className="unilink-widget__subtitle">
          {isUser ? (
            <PresenceBadge target={{ userId: assignee.id }} showLabel />
          ) : (
            labels.teamSubtitle
          )}
        </p>
      </div>
      <button
        type="button"
        className="unilink-button unilink-widget__close"
        aria-label={labels.close}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </header>
  );
}

function WidgetBody({
  conversationId,
  defaultOpen = false,
  onOpenChange,
  onSend,
  onLoadOlder,
  className,
  labels,
  components,
  innerLabels,
}: ChatWidgetOwnProps) {
  const l = useLabels(defaultChatWidgetLabels, labels);
  const Header = components?.Header ?? DefaultHeader;
  const [open, setOpenState] = useState(defaultOpen);
  const latest = useConversations()[0]?.id;
  const id = conversationId ?? latest;
  const windowId = useId();
  const launcherRef = useRef<HTMLButtonElement | null>(null);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
    if (!next) launcherRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") setOpen(false);
  };
  return (
    <div
      className={cx("unilink-root", "unilink-widget", open && "unilink-widget--open", className)}
    >
      {open && (
        <div
          id={windowId}
          className="unilink-widget__window"
          role="dialog"
          aria-label={l.title}
          onKeyDown={onKeyDown}
        >
          <Header conversationId={id} labels={l} onClose={() => setOpen(false)} />
          <ConnectionBanner labels={innerLabels?.banner} />
          {id === undefined ? (
            <>
              <p className="unilink-empty unilink-widget__intro" role="status">
                {l.noConversation}
              </p>
              {/* Without a conversation id the composer starts one with the first message. */}
              <MessageComposer
                conversationId={undefined}
                onSend={onSend}
                autoFocus
                labels={innerLabels?.composer}
              />
            </>
          ) : (
            <>
              <MessageList
                conversationId={id}
                viewer="contact"
                onLoadOlder={onLoadOlder}
                labels={innerLabels?.messageList}
              />
              <TypingIndicator conversationId={id} labels={innerLabels?.typing} />
              <MessageComposer
                conversationId={id}
                onSend={onSend}
                autoFocus
                labels={innerLabels?.composer}
              />
            </>
          )}
        </div>
      )}
      <button
        ref={launcherRef}
        type="button"
        className="unilink-button unilink-button--primary unilink-widget__launcher"
        aria-expanded={open}
        aria-controls={open ? windowId : undefined}
        onClick={() => setOpen(!open)}
      >
        {/* An SVG, not an emoji: many systems (Linux, kiosks) have no emoji font. */}
        <svg className="unilink-widget__launcher-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
        </svg>
        <span className="unilink-widget__launcher-text">{open ? l.close : l.open}</span>
      </button>
    </div>
  );
}

/**
 * A complete customer chat: a launcher button opening a window with a
 * header (assigned agent and their live presence), the connection banner,
 * the messages (contact view: no private notes), typing indicator and the
 * composer. Escape closes the window and focus returns to the launcher.
 *
 * Given client options (`url`, `pubsubToken` of the contact) it runs its
 * own `<UniLinkProvider>`; given `client` it shares that client; given
 * neither it uses the surrounding provider.
 *
 * @example
 * <ChatWidget url="https://chat.example.com" pubsubToken={contact.pubsub_token}
 *   conversationId={conversation.id} />
 */
export function ChatWidget(props: ChatWidgetProps): ReactNode {
  const {
    conversationId,
    defaultOpen,
    onOpenChange,
    onSend,
    onLoadOlder,
    className,
    labels,
    components,
    innerLabels,
    ...connection
  } = props;
  const body = (
    <WidgetBody
      conversationId={conversationId}
      defaultOpen={defaultOpen}
      onOpenChange={onOpenChange}
      onSend={onSend}
      onLoadOlder={onLoadOlder}
      className={className}
      labels={labels}
      components={components}
      innerLabels={innerLabels}
    />
  );
  if (connection.client)
    return <UniLinkProvider client={connection.client}>{body}</UniLinkProvider>;
  if (connection.url !== undefined && connection.pubsubToken !== undefined) {
    return <UniLinkProvider {...(connection as UniLinkClientOptions)}>{body}</UniLinkProvider>;
  }
  return body;
}
