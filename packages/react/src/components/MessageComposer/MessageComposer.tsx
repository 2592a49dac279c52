import {
  type ChangeEvent,
  type ComponentType,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useId,
  useRef,
  useState,
} from "react";
import { useConnectionStatus } from "../../hooks/use-connection-status";
import {
  type ComposerSendInput,
  useSendMessageAction,
  useTypingReporterAction,
} from "../internal/actions";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";

/** Every visible or announced string of {@link MessageComposer}. */
export interface MessageComposerLabels {
  /** Accessible name of the text box. */
  input: string;
  /** Placeholder for a reply. */
  placeholder: string;
  /** Placeholder in private-note mode. */
  privatePlaceholder: string;
  /** The send button. */
  send: string;
  /** The private-note toggle. */
  privateNote: string;
  /** Hint under the box. */
  hint: string;
  /** Shown while the connection is down: messages are queued. */
  offline: string;
}

/** English defaults of {@link MessageComposerLabels}. */
export const defaultMessageComposerLabels: MessageComposerLabels = {
  input: "Message",
  placeholder: "Type a message…",
  privatePlaceholder: "Write a private note (only agents see it)…",
  send: "Send",
  privateNote: "Private note",
  hint: "Enter to send, Shift+Enter for a new line",
  offline: "You are offline. Messages will be sent when the connection is back.",
};

/** Props of the send button (the default one, or `components.SendButton`). */
export interface SendButtonProps {
  /** Nothing to send. */
  disabled: boolean;
  /** The button text. */
  children: ReactNode;
}

/** Inner parts of {@link MessageComposer} an app may replace. */
export interface MessageComposerComponents {
  /** The submit button; must be `type="submit"`. */
  SendButton: ComponentType<SendButtonProps>;
}

/** Props of {@link MessageComposer}. */
export interface MessageComposerProps {
  /** Display id of the conversation. */
  conversationId: number;
  /** Show the private-note toggle (agents). Default false. */
  allowPrivate?: boolean;
  /** Sends the message. Default: the client's `sendMessage` (optimistic; queued offline by core). */
  onSend?: (input: ComposerSendInput) => unknown;
  /** Receives a send that failed to start (e.g. no send method on the client). */
  onError?: (error: unknown) => void;
  /** Disable typing and sending. */
  disabled?: boolean;
  /** Focus the box on mount. */
  autoFocus?: boolean;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<MessageComposerLabels>;
  /** Replace inner parts. */
  components?: Partial<MessageComposerComponents>;
}

const OFFLINE_STATUSES = new Set(["reconnecting", "disconnected", "unauthorized"]);

function DefaultSendButton({ disabled, children }: SendButtonProps) {
  return (
    <button
      type="submit"
      className="unilink-button unilink-button--primary unilink-composer__send"
      disabled={disabled}
    >
      {children}
    </button>
  );
}

/**
 * The reply box. Enter sends, Shift+Enter inserts a new line (an IME
 * composition's Enter is left alone). Agents get a private-note toggle.
 * Typing is reported to the other side while the text changes and stops
 * on send. Sending while offline is allowed: core queues the message and
 * the box says so.
 *
 * @example
 * <MessageComposer conversationId={openId} allowPrivate />
 */
export function MessageComposer({
  conversationId,
  allowPrivate = false,
  onSend,
  onError,
  disabled = false,
  autoFocus = false,
  className,
  labels,
  components,
}: MessageComposerProps) {
  const l = useLabels(defaultMessageComposerLabels, labels);
  const SendButton = components?.SendButton ?? DefaultSendButton;
  const [text, setText] = useState("");
  const [isPrivate, setPrivate] = useState(false);
  const noteMode = allowPrivate && isPrivate;
  const status = useConnectionStatus();
  const clientSend = useSendMessageAction(conversationId);
  const reporter = useTypingReporterAction(disabled ? undefined : conversationId, noteMode);
  const inputRef = useRef<HTMLTextAreaElement | null>(null);
  const hintId = useId();
  const offline = OFFLINE_STATUSES.has(status);

  const submit = () => {
    const content = text.trim();
    if (!content || disabled) return;
    const input: ComposerSendInput = { conversationId, content, private: noteMode };
    setText("");
    reporter.stop();
    try {
      Promise.resolve((onSend ?? clientSend)(input)).catch((error) => onError?.(error));
    } catch (error) {
      onError?.(error);
    }
    inputRef.current?.focus();
  };

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    if (event.target.value.trim() === "") reporter.stop();
    else reporter.typing();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <form
      className={cx(
        "unilink-root",
        "unilink-composer",
        noteMode && "unilink-composer--private",
        className,
      )}
      onSubmit={onSubmit}
    >
      {offline && (
        <p className="unilink-composer__offline" role="status">
          {l.offline}
        </p>
      )}
      <textarea
        ref={inputRef}
        className="unilink-composer__input"
        aria-label={l.input}
        aria-describedby={hintId}
        placeholder={noteMode ? l.privatePlaceholder : l.placeholder}
        value={text}
        rows={1}
        disabled={disabled}
        // biome-ignore lint/a11y/noAutofocus: opt-in by the app (e.g. a chat window just opened)
        autoFocus={autoFocus}
        dir="auto"
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={() => reporter.stop()}
      />
      <div className="unilink-composer__actions">
        {allowPrivate && (
          <button
            type="button"
            className={cx(
              "unilink-button",
              "unilink-composer__private",
              noteMode && "unilink-button--active",
            )}
            aria-pressed={noteMode}
            disabled={disabled}
            onClick={() => setPrivate((value) => !value)}
          >
            {l.privateNote}
          </button>
        )}
        <span id={hintId} className="unilink-composer__hint">
          {l.hint}
        </span>
        <SendButton disabled={disabled || text.trim() === ""}>{l.send}</SendButton>
      </div>
    </form>
  );
}
