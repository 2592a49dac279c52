import { participantKey } from "../apply-user";
import type { Reducer } from "../context";
import { preserve } from "../equal";
import { removeEntry, setEntry } from "../records";
import type { Typist } from "../state";

/**
 * `conversation.typing_on`: adds or refreshes the typist (keyed by type and
 * id, so user 7 and contact 7 are different people), expiring
 * `typingTimeoutMs` after this event.
 */
export const onTypingOn: Reducer<"conversation.typing_on"> = (state, data, context) => {
  const conversationId = data.conversation.id;
  const typists = state.typing[conversationId] ?? {};
  const key = participantKey(data.user);
  const typist: Typist = preserve(typists[key], {
    user: data.user,
    isPrivate: data.is_private,
    expiresAt: context.now + context.typingTimeoutMs,
  });
  const nextTypists = setEntry(typists, key, typist);
  if (nextTypists === state.typing[conversationId]) return state;
  return { ...state, typing: setEntry(state.typing, conversationId, nextTypists) };
};

/** `conversation.typing_off`: removes the typist; an empty conversation entry goes too. */
export const onTypingOff: Reducer<"conversation.typing_off"> = (state, data) => {
  const conversationId = data.conversation.id;
  const typists = state.typing[conversationId];
  const key = participantKey(data.user);
  if (!typists || !Object.hasOwn(typists, key)) return state;
  // Checked before removing: a draft map loses the key in place, so identity tells nothing.
  const nextTypists = removeEntry(typists, key);
  const typing =
    Object.keys(nextTypists).length === 0
      ? removeEntry(state.typing, conversationId)
      : setEntry(state.typing, conversationId, nextTypists);
  return { ...state, typing };
};
