import type { ConversationPriority } from "@unilink/core";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { defaultPriorityLabels, type PriorityLabels } from "./labels";

/** Props of {@link PriorityBadge}. */
export interface PriorityBadgeProps {
  /** The conversation's priority; nothing is rendered for `null`/`undefined`. */
  priority: ConversationPriority | null | undefined;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<PriorityLabels>;
}

/**
 * A small coloured mark for a conversation's priority (`data-priority` for
 * styling, the priority's name as text). Renders nothing without a priority.
 *
 * @example
 * <PriorityBadge priority={conversation.priority} />
 */
export function PriorityBadge({ priority, className, labels }: PriorityBadgeProps) {
  const l = useLabels(defaultPriorityLabels, labels);
  if (!priority) return null;
  const text = l.priority(priority);
  return (
    <span className={cx("unilink-priority", className)} data-priority={priority}>
      <span className="unilink-priority__icon" aria-hidden="true" />
      <span className="unilink-sr-only">{l.mark(text)}</span>
      <span className="unilink-priority__text" aria-hidden="true">
        {text}
      </span>
    </span>
  );
}
