import { useRef } from "react";
import { stripBidiControls } from "../../content/bidi";
import { safeColor } from "../../content/safe-color";
import { cx } from "../internal/cx";
import { useCssVariables } from "../internal/use-css-variables";

/** Props of {@link LabelChip}. */
export interface LabelChipProps {
  /** The label's title (what conversations carry in `labels`). */
  title: string;
  /** Its colour from the account's label list; ignored unless a hex colour. */
  color?: string | null;
  /** Extra class on the root. */
  className?: string;
}

/**
 * One conversation label: its title with a dot in the label's colour. The
 * colour reaches the stylesheet as `--unilink-label-color`, set through the
 * CSSOM (no inline style attribute, so a strict CSP needs no `unsafe-inline`).
 *
 * @example
 * <LabelChip title="billing" color="#1f93ff" />
 */
export function LabelChip({ title, color, className }: LabelChipProps) {
  const ref = useRef<HTMLSpanElement | null>(null);
  const safe = safeColor(color);
  // "initial" makes the variable invalid, so the stylesheet's fallback colour applies again.
  const setRef = useCssVariables(ref, { "--unilink-label-color": safe ?? "initial" });
  return (
    <span
      ref={setRef}
      className={cx("unilink-label", safe && "unilink-label--colored", className)}
      dir="auto"
    >
      <span className="unilink-label__dot" aria-hidden="true" />
      {stripBidiControls(title)}
    </span>
  );
}
