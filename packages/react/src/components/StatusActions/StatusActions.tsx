import { useConversationStatus } from "../../hooks/actions/use-conversation-status";
import { useConversation } from "../../hooks/use-conversation";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { ActionError } from "../Picker/ActionError";
import { useActionError } from "../Picker/use-action-error";
import { defaultStatusActionsLabels, type StatusActionsLabels } from "./labels";
import { SnoozeMenu } from "./SnoozeMenu";

/** Props of {@link StatusActions}. */
export interface StatusActionsProps {
  /** The conversation. */
  conversationId: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<StatusActionsLabels>;
}

/**
 * Resolve, reopen, mark pending and snooze (presets or a date-time) for one
 * conversation. Each change shows at once (a snoozed conversation leaves
 * the Open list), reaches every other dashboard, and is undone with a
 * message if the server refuses it.
 *
 * @example
 * <StatusActions conversationId={openId} />
 */
export function StatusActions({ conversationId, className, labels }: StatusActionsProps) {
  const l = useLabels(defaultStatusActionsLabels, labels);
  const conversation = useConversation(conversationId);
  const { setStatus, snooze } = useConversationStatus(conversationId);
  const [error, run] = useActionError();
  const status = conversation?.status ?? "open";
  const disabled = !conversation;
  const until = conversation?.snoozed_until;
  return (
    <div className={cx("unilink-root", "unilink-status-actions", className)}>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset */}
      <div className="unilink-status-actions__buttons" role="group" aria-label={l.group}>
        {status === "open" || status === "pending" ? (
          <button
            type="button"
            className="unilink-button unilink-button--primary"
            disabled={disabled}
            onClick={() => run(() => setStatus("resolved"))}
          >
            {l.resolve}
          </button>
        ) : (
          <button
            type="button"
            className="unilink-button unilink-button--primary"
            disabled={disabled}
            onClick={() => run(() => setStatus("open"))}
          >
            {l.reopen}
          </button>
        )}
        {status === "open" && (
          <button
            type="button"
            className="unilink-button"
            disabled={disabled}
            onClick={() => run(() => setStatus("pending"))}
          >
            {l.pending}
          </button>
        )}
        {status !== "snoozed" && status !== "resolved" && (
          <SnoozeMenu labels={l} disabled={disabled} onSnooze={(time) => run(() => snooze(time))} />
        )}
      </div>
      {status === "snoozed" && (
        <p className="unilink-status-actions__note" role="status">
          {l.snoozedUntil(until ? new Date(until * 1000) : null)}
        </p>
      )}
      <ActionError error={error} text={l.failed} />
    </div>
  );
}
