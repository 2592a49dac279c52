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
import { AttachmentTray } from "./AttachmentTray";
import { CannedMenu } from "./CannedMenu";
import { type ComposerAttachmentLabels, defaultComposerAttachmentLabels } from "./labels";
import { useCannedSuggestions } from "./use-canned-suggestions";
import { useFileDrop } from "./use-file-drop";

/** Every visible or announced string of {@link MessageComposer}. */
export interface MessageComposerLabels extends ComposerAttachmentLabels {
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
  ...defaultComposerAttachmentLabels,
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
  /**
   * Display id of the conversation; `undefined` before there is one (a
   * visitor's first message, which `onSend` turns into a conversation):
   * typing is then not reported.
   */
  conversationId: number | undefined;
  /** Show the private-note toggle (agents). Default false. */
  allowPrivate?: boolean;
  /** Sends the message. Default: the client's `sendMessage` (optimistic; queued offline by core). */
  onSend?: (input: ComposerSendInput) => unknown;
  /** Receives a send that failed to start (e.g. no send method on the client). */
  onError?: (error: unknown) => void;
  /** Let the user attach files (button, drag and drop). Default true. */
  allowAttachments?: boolean;
  /**
   * Typing `/` at the start opens the account's saved replies (agents).
   * Default: `allowPrivate` (an agent's composer).
   */
  cannedResponses?: boolean;
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
  allowAttachments = true,
  cannedResponses = allowPrivate,
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
  const [files, setFiles] = useState<readonly File[]>([]);
  const fileInputRef = useRef<HTMLInputElement | null>(null);
  const addFiles = (picked: readonly File[]) => {
    if (picked.length > 0) setFiles((current) => [...current, ...picked]);
  };
  const drop = useFileDrop(addFiles, allowAttachments && !disabled);
  const canned = useCannedSuggestions(text, cannedResponses && !disabled);
  const cannedId = useId();
  const cannedOptionId = (response: { id: number }) => `${cannedId}-${response.id}`;

  const submit = () => {
    const content = text.trim();
    if ((!content && files.length === 0) || disabled) return;
    const input: ComposerSendInput = {
      conversationId,
      content,
      private: noteMode,
      ...(files.length > 0 ? { attachments: files } : {}),
    };
    setText("");
    setFiles([]);
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

  const insertCanned = (content: string) => {
    setText(content);
    canned.close();
    reporter.typing();
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (canned.open && canned.onKeyDown(event, insertCanned)) return;
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
        drop.dragging && "unilink-composer--dragging",
        className,
      )}
      onSubmit={onSubmit}
      {...drop.handlers}
    >
      {drop.dragging && (
        <p className="unilink-composer__drop" aria-hidden="true">
          {l.dropHere}
        </p>
      )}
      {offline && (
        <p className="unilink-composer__offline" role="status">
          {l.offline}
        </p>
      )}
      {canned.open && (
        <CannedMenu
          id={cannedId}
          optionId={cannedOptionId}
          responses={canned.responses}
          active={canned.active}
          label={l.cannedResponses}
          empty={l.noCannedResponses}
          onPick={(response) => insertCanned(response.content)}
        />
      )}
      <AttachmentTray
        files={files}
        labels={l}
        onRemove={(file) => setFiles((current) => current.filter((f) => f !== file))}
      />
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
        aria-autocomplete={cannedResponses ? "list" : undefined}
        aria-controls={canned.open ? cannedId : undefined}
        aria-activedescendant={
          canned.open && canned.responses[canned.active]
            ? cannedOptionId(canned.responses[canned.active] as { id: number })
            : undefined
        }
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={() => reporter.stop()}
      />
      <div className="unilink-composer__actions">
        {allowAttachments && (
          <>
            <button
              type="button"
              className="unilink-button unilink-composer__attach"
              disabled={disabled}
              onClick={() => fileInputRef.current?.click()}
            >
              <svg
                className="unilink-composer__attach-icon"
                viewBox="0 0 24 24"
                aria-hidden="true"
                focusable="false"
              >
                <path d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z" />
              </svg>
              <span className="unilink-sr-only">{l.attach}</span>
            </button>
            <input
              ref={fileInputRef}
              type="file"
              multiple
              hidden
              tabIndex={-1}
              aria-label={l.attach}
              onChange={(event) => {
                addFiles(Array.from(event.target.files ?? []));
                // The same file may be picked again later.
                event.target.value = "";
              }}
            />
          </>
        )}
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
        <SendButton disabled={disabled || (text.trim() === "" && files.length === 0)}>
          {l.send}
        </SendButton>
      </div>
    </form>
  );
}
