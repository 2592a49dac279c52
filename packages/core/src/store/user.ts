import type { Participant } from "../schema/user";
import type { Drafts } from "./batch";
import { preserve } from "./equal";
import { setEntry } from "./records";
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
  const stored = state.users[key];
  const user = preserve(stored, { ...stored, ...participant });
  const users = setEntry(state.users, key, user, drafts);
  return users === state.users ? state : { ...state, users };
}
