import type { Agent, CannedResponse, Label } from "../schema/directory";
import type { Team } from "../schema/team";
import { setEntry } from "./records";
import type { LoadState } from "./sync-state";

/** An account-wide list loaded over REST (agents, teams, labels, canned responses). */
export interface DirectoryList<T> extends LoadState {
  /** The items, in the server's order. */
  readonly items: readonly T[];
}

/** Which account-wide list. */
export type DirectoryListName = "agents" | "teams" | "labels" | "cannedResponses";

/**
 * What the agent workspace loads beside conversations: the account's
 * agents, teams, labels and canned responses, and the load state of contact
 * details and of contacts' previous conversations (the data itself lives in
 * `contacts` and `conversations`).
 */
export interface DirectoryState {
  /** Agents and administrators of the account. */
  readonly agents: DirectoryList<Agent>;
  /** Teams of the account. */
  readonly teams: DirectoryList<Team>;
  /** Labels of the account, with colours. */
  readonly labels: DirectoryList<Label>;
  /** Saved replies. */
  readonly cannedResponses: DirectoryList<CannedResponse>;
  /** Load state of contact details, by contact id. */
  readonly contacts: Readonly<Record<number, LoadState>>;
  /** Load state of a contact's previous conversations, by contact id. */
  readonly contactConversations: Readonly<Record<number, LoadState>>;
}

/** The load state of something never requested. */
export const IDLE_DIRECTORY_LOAD: LoadState = Object.freeze({
  isLoading: false,
  error: null,
  hasMore: false,
  loaded: false,
});

const idleList = <T>(): DirectoryList<T> => ({ ...IDLE_DIRECTORY_LOAD, items: [] });

/** The directory slice of a fresh store. */
export function createInitialDirectoryState(): DirectoryState {
  return {
    agents: idleList(),
    teams: idleList(),
    labels: idleList(),
    cannedResponses: idleList(),
    contacts: {},
    contactConversations: {},
  };
}

/** Updates one account-wide list; returns `directory` itself when nothing changed. */
export function patchDirectoryList<N extends DirectoryListName>(
  directory: DirectoryState,
  name: N,
  patch: Partial<DirectoryState[N]>,
): DirectoryState {
  const current = directory[name];
  const keys = Object.keys(patch) as (keyof DirectoryState[N])[];
  if (keys.every((key) => Object.is(current[key], patch[key]))) return directory;
  return { ...directory, [name]: { ...current, ...patch } };
}

/** Updates the load state of one contact's details or previous conversations. */
export function patchContactLoad(
  directory: DirectoryState,
  kind: "contacts" | "contactConversations",
  contactId: number,
  patch: Partial<LoadState>,
): DirectoryState {
  const current = directory[kind][contactId] ?? IDLE_DIRECTORY_LOAD;
  const keys = Object.keys(patch) as (keyof LoadState)[];
  if (keys.every((key) => Object.is(current[key], patch[key]))) return directory;
  return { ...directory, [kind]: setEntry(directory[kind], contactId, { ...current, ...patch }) };
}
