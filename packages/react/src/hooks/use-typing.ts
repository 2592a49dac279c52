import { selectTypingUsers, type TypingSelectOptions, type Typist } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/** Options of {@link useTyping}. */
export type UseTypingOptions = TypingSelectOptions;

/**
 * Who is typing in a conversation. Agents typing a private note are left
 * out unless `includePrivate` is true (safe default for contact UIs). A
 * typist without `typing_off` disappears after the client's
 * `typingTimeoutMs` (the store's timer, not this hook, expires them).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const typists = useTyping(conversationId, { includePrivate: true });
 * if (typists.length > 0) return <p>{typists[0]?.user.name} is typing…</p>;
 */
export function useTyping(
  conversationId: number,
  options: UseTypingOptions = {},
): readonly Typist[] {
  const includePrivate = options.includePrivate ?? false;
  return useSelected("useTyping", (state) =>
    selectTypingUsers(state, conversationId, { includePrivate }),
  );
}
