import type { PresenceStatus, PresenceTarget } from "@unilink/core";
import type { ReactNode } from "react";
import { usePresence } from "../../hooks/use-presence";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";

/** Visible/announced strings of {@link PresenceBadge}. */
export interface PresenceBadgeLabels {
  /** Text for each status (also unknown ones). */
  status: (status: PresenceStatus) => string;
}

/** English defaults of {@link PresenceBadgeLabels}. */
export const defaultPresenceBadgeLabels: PresenceBadgeLabels = {
  status: (status) =>
    status === "online"
      ? "Online"
      : status === "busy"
        ? "Busy"
        : status === "offline"
          ? "Offline"
          : status,
};

/** Props of {@link PresenceBadge}. */
export interface PresenceBadgeProps {
  /** Whose presence: `{ userId }` (agent) or `{ contactId }`. */
  target: PresenceTarget;
  /** Also show the status as text beside the dot. Default false (the dot has an accessible name). */
  showLabel?: boolean;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<PresenceBadgeLabels>;
  /** Replace the inside: gets the status and its text. */
  render?: (status: PresenceStatus, text: string) => ReactNode;
}

/**
 * A dot (and optional text) showing an agent's or contact's live presence
 * (`online`, `busy`, `offline`), from `usePresence`. The status is exposed
 * as `data-status` for styling and as text for assistive technology.
 *
 * @example
 * <PresenceBadge target={{ userId: 7 }} showLabel />
 */
export function PresenceBadge({
  target,
  showLabel = false,
  className,
  labels,
  render,
}: PresenceBadgeProps) {
  const status = usePresence(target);
  const l = useLabels(defaultPresenceBadgeLabels, labels);
  const text = l.status(status);
  return (
    <span className={cx("unilink-presence", className)} data-status={status}>
      {render ? (
        render(status, text)
      ) : (
        <>
          <span className="unilink-presence__dot" aria-hidden="true" />
          <span className={showLabel ? "unilink-presence__label" : "unilink-sr-only"}>{text}</span>
        </>
      )}
    </span>
  );
}
