/**
 * This page's part in sharing one socket among the pages of a browser:
 * `single` (a socket of its own: sharing off or unavailable), `leader`
 * (holds the socket for the group) or `follower` (gets everything through
 * the leader; also while waiting for the first leader).
 */
export type TabRole = "single" | "leader" | "follower";

/** Who holds the shared socket, for devtools and diagnostics. */
export interface TabSharingState {
  /** This page's role. */
  readonly role: TabRole;
  /** How many pages follow the group's leader, this one included if it follows (0 when not sharing). */
  readonly followers: number;
}

/** A client's {@link TabSharingState} and its changes. */
export interface TabSharing {
  /** The current state; a new object on every change. */
  readonly state: TabSharingState;
  /** Calls `listener` after every change; returns an unsubscribe function. */
  subscribe(listener: (state: TabSharingState) => void): () => void;
}

/** The state of a page that shares nothing. */
export const SINGLE_TAB: TabSharingState = Object.freeze({ role: "single", followers: 0 });

/** The {@link TabSharing} of a client with a socket of its own. */
export const notSharing: TabSharing = Object.freeze({
  state: SINGLE_TAB,
  subscribe: () => () => {},
});
