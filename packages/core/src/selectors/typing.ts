import type { Typist, UniLinkState } from "../store/state";
import { EMPTY, memoizeList } from "./memo";

type Typists = UniLinkState["typing"][number];

const all = memoizeList((typists: Typists): readonly Typist[] => Object.values(typists));
const publicOnly = memoizeList((typists: Typists): readonly Typist[] =>
  Object.values(typists).filter((typist) => !typist.isPrivate),
);

/** Options of {@link selectTypingUsers}. */
export interface TypingSelectOptions {
  /** Include agents typing a private note. Default false (safe to show a contact). */
  includePrivate?: boolean;
}

/** Who is typing in a conversation; the same array until that conversation's typists change. */
export function selectTypingUsers(
  state: UniLinkState,
  conversationId: number,
  options: TypingSelectOptions = {},
): readonly Typist[] {
  const typists = state.typing[conversationId];
  if (!typists) return EMPTY;
  return options.includePrivate ? all(typists) : publicOnly(typists);
}
