import type { Participant } from "../schema/user";
import type { Drafts } from "./batch";
import { mergeEntity } from "./equal";
import { readEntry } from "./persistent/persistent-view";
import { setEntry, withSlice } from "./records";
import type { UniLinkState } from "./state";

/** `${type}:${id}`, the key of a participant in `users` and in a typing map. */
export function participantKey(participant: Pick<Participant, "id" | "type">): string {
  return `${participant.type ?? "user"}:${participant.id}`;
}

/** Merges an agent or bot into `users`; contacts live in `contacts` instead. */
export function storeUser(
  state: UniLinkState,
  participant: Participant | null | undefined,
  drafts?: Drafts,
) {
  if (!participant || participant.type === "contact") return state;
  const key = participantKey(participant);
  const stored = readEntry(state.users, key);
  const user = mergeEntity(stored, { ...participant });
  if (user === stored) return state;
  return withSlice(state, "users", setEntry(state.users, key, user, drafts), drafts);
}
