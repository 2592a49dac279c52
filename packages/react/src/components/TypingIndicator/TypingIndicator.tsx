import type { Typist } from "@unilink/core";
import type { ReactNode } from "react";
import { useTyping } from "../../hooks/use-typing";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { displayName } from "../internal/participant";

/** Every visible string of {@link TypingIndicator}. */
export interface TypingIndicatorLabels {
  /** One typist. */
  one: (name: string) => string;
  /** Two typists. */
  two: (first: string, second: string) => string;
  /** Three or more: the first name and how many others. */
  many: (first: string, others: number) => string;
  /** A typist without a name. */
  someone: string;
}

/** English defaults of {@link TypingIndicatorLabels}. */
export const defaultTypingIndicatorLabels: TypingIndicatorLabels = {
  one: (name) => `${name} is typing…`,
  two: (first, second) => `${first} and ${second} are typing…`,
  many: (first, others) => `${first} and ${others} others are typing…`,
  someone: "Someone",
};

/** Props of {@link TypingIndicator}. */
export interface TypingIndicatorProps {
  /** Display id of the conversation. */
  conversationId: number;
  /**
   * Include agents typing a private note. Default false, which is what a
   * contact-facing UI must use; agent UIs may pass true.
   */
  includePrivate?: boolean;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<TypingIndicatorLabels>;
  /** Replace the rendering: gets the typists and the default text. */
  render?: (typists: readonly Typist[], text: string) => ReactNode;
}

/** The sentence for a list of typists ("Ana is typing…", "Ana and 2 others are typing…"). */
export function typingText(typists: readonly Typist[], labels: TypingIndicatorLabels): string {
  const names = typists.map((typist) => displayName(typist.user) || labels.someone);
  const [first = labels.someone, second = labels.someone] = names;
  if (names.length === 0) return "";
  if (names.length === 1) return labels.one(first);
  if (names.length === 2) return labels.two(first, second);
  return labels.many(first, names.length - 1);
}

/**
 * "Ana is typing…" with animated dots, from `useTyping`. Hides agents'
 * private-note typing unless `includePrivate`. Typists without a
 * `typing_off` disappear after the client's typing timeout. The element
 * stays mounted (empty when nobody types) as a polite status region.
 *
 * @example
 * <TypingIndicator conversationId={openId} />
 */
export function TypingIndicator({
  conversationId,
  includePrivate = false,
  className,
  labels,
  render,
}: TypingIndicatorProps) {
  const l = useLabels(defaultTypingIndicatorLabels, labels);
  const typists = useTyping(conversationId, { includePrivate });
  const text = typingText(typists, l);
  const active = typists.length > 0;
  return (
    <div
      className={cx("unilink-typing", active && "unilink-typing--active", className)}
      role="status"
      data-active={active || undefined}
    >
      {render
        ? render(typists, text)
        : active && (
            <>
              <span className="unilink-typing__dots" aria-hidden="true">
                <span />
                <span />
                <span />
              </span>
              <span className="unilink-typing__text">{text}</span>
            </>
          )}
    </div>
  );
}
