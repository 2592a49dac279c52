import type { TypingEventData } from "../schema/event-data";
import type { Drafts } from "./batch";
import type { ReducerContext } from "./context";
import { mergeEntity } from "./equal";
import { readEntry } from "./persistent/persistent-view";
import { removeEntry, setEntry, withSlice } from "./records";
import type { Typist, UniLinkState } from "./state";
import { participantKey } from "./user";

/**
 * Adds or refreshes a typist (keyed by type and id, so user 7 and contact 7
 * are different people), expiring `typingTimeoutMs` after this event.
 */
export function storeTypist(
  state: UniLinkState,
  data: TypingEventData,
  context: ReducerContext,
  drafts?: Drafts,
): UniLinkState {
  const conversationId = data.conversation.id;
  const typists = readEntry(state.typing, conversationId) ?? {};
  const key = participantKey(data.user);
  const typist: Typist = mergeEntity(readEntry(typists, key), {
    user: data.user,
    isPrivate: data.is_private,
    expiresAt: context.now + context.typingTimeoutMs,
  });
  const nextTypists = setEntry(typists, key, typist, drafts);
  if (nextTypists === readEntry(state.typing, conversationId)) return state;
  return withSlice(
    state,
    "typing",
    setEntry(state.typing, conversationId, nextTypists, drafts),
    drafts,
  );
}

/** Removes a typist; an empty conversation entry goes too. */
export function removeTypist(
  state: UniLinkState,
  data: TypingEventData,
  _context: ReducerContext,
  drafts?: Drafts,
): UniLinkState {
  const conversationId = data.conversation.id;
  const typists = readEntry(state.typing, conversationId);
  const key = participantKey(data.user);
  if (!typists || readEntry(typists, key) === undefined) return state;
  // Checked before removing: a draft map loses the key in place, so identity tells nothing.
  const nextTypists = removeEntry(typists, key, drafts);
  const typing =
    Object.keys(nextTypists).length === 0
      ? removeEntry(state.typing, conversationId, drafts)
      : setEntry(state.typing, conversationId, nextTypists, drafts);
  return withSlice(state, "typing", typing, drafts);
}
