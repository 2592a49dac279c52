import { valuesInAnyOrder } from "./persistent/persistent-view";
import type { UniLinkState } from "./state";

/** The earliest moment a typist expires, or `undefined` when nobody types. */
export function earliestTypingExpiry(typing: UniLinkState["typing"]): number | undefined {
  let earliest: number | undefined;
  for (const typists of valuesInAnyOrder(typing)) {
    for (const typist of valuesInAnyOrder(typists)) {
      if (earliest === undefined || typist.expiresAt < earliest) earliest = typist.expiresAt;
    }
  }
  return earliest;
}

/** Removes every typist whose `expiresAt` is at or before `until`; `state` itself when none is. */
export function expireTypists(state: UniLinkState, until: number): UniLinkState {
  let changed = false;
  const typing: Record<number, UniLinkState["typing"][number]> = {};
  for (const [conversationId, typists] of Object.entries(state.typing)) {
    const alive = Object.entries(typists).filter(([, typist]) => typist.expiresAt > until);
    if (alive.length === Object.keys(typists).length) {
      typing[Number(conversationId)] = typists;
      continue;
    }
    changed = true;
    if (alive.length > 0) typing[Number(conversationId)] = Object.fromEntries(alive);
  }
  return changed ? { ...state, typing } : state;
}
