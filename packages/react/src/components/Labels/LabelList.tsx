import { cx } from "../internal/cx";
import { LabelChip } from "./LabelChip";

/** Props of {@link LabelList}. */
export interface LabelListProps {
  /** Label titles, as the conversation carries them. */
  titles: readonly string[];
  /** The colour of a label (from the account's label list), when known. */
  colorOf?: (title: string) => string | null | undefined;
  /** Show at most this many chips, then "+N". Default: all. */
  max?: number;
  /** Accessible name of the list. Default "Labels". */
  label?: string;
  /** Text of the overflow chip. Default `+N`. */
  more?: (hidden: number) => string;
  /** Extra class on the root. */
  className?: string;
}

/**
 * A conversation's labels as coloured chips (a `list`), trimmed to `max`
 * with a "+N" chip for the rest. Renders nothing without labels.
 *
 * @example
 * <LabelList titles={conversation.labels ?? []} max={2} />
 */
export function LabelList({
  titles,
  colorOf,
  max = Number.POSITIVE_INFINITY,
  label = "Labels",
  more = (hidden) => `+${hidden}`,
  className,
}: LabelListProps) {
  if (titles.length === 0) return null;
  const shown = titles.slice(0, max);
  const hidden = titles.length - shown.length;
  return (
    <ul className={cx("unilink-labels", className)} aria-label={label}>
      {shown.map((title) => (
        <li key={title} className="unilink-labels__item">
          <LabelChip title={title} color={colorOf?.(title)} />
        </li>
      ))}
      {hidden > 0 && (
        <li className="unilink-labels__item unilink-labels__more">
          <span aria-hidden="true">{more(hidden)}</span>
          <span className="unilink-sr-only">{titles.slice(shown.length).join(", ")}</span>
        </li>
      )}
    </ul>
  );
}
