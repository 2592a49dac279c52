import { cx } from "../internal/cx";

/** Props of {@link DeliveryStatus}. */
export interface DeliveryStatusProps {
  /** `sending`, `sent`, `delivered`, `read`, `failed` (or a newer value). */
  status: string;
  /** Text for a status. */
  text: (status: string) => string;
  /** Retry button text. */
  retryText: string;
  /** Called by the retry button; without it a failed message shows no button. */
  onRetry?: () => void;
}

const ICON: Record<string, string> = {
  sending: "◷",
  sent: "✓",
  delivered: "✓✓",
  read: "✓✓",
  failed: "!",
};

/**
 * The delivery state of one of the viewer's messages: an icon with the
 * status as screen-reader text; a failed message shows its text and a
 * Retry button.
 */
export function DeliveryStatus({ status, text, retryText, onRetry }: DeliveryStatusProps) {
  const failed = status === "failed";
  return (
    <span className={cx("unilink-status", `unilink-status--${status}`)}>
      <span className="unilink-status__icon" aria-hidden="true">
        {ICON[status] ?? ""}
      </span>
      <span className={failed ? "unilink-status__text" : "unilink-sr-only"}>{text(status)}</span>
      {failed && onRetry && (
        <button type="button" className="unilink-button unilink-status__retry" onClick={onRetry}>
          {retryText}
        </button>
      )}
    </span>
  );
}
