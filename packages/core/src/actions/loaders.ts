import type { AgentApi } from "../api/agent-api";
import { UniLinkError } from "../errors";
import {
  type DirectoryListName,
  type DirectoryState,
  IDLE_DIRECTORY_LOAD,
  patchContactLoad,
  patchDirectoryList,
} from "../store/directory-state";
import type { LoadState } from "../store/sync-state";
import type { LoadOutcome } from "../sync/outcomes";
import { toUniLinkError } from "../sync/outcomes";
import { type ActionHost, agentApiOf } from "./host";

function changeDirectory(host: ActionHost, change: (directory: DirectoryState) => DirectoryState) {
  host.applyLocalChange((state) => {
    const directory = change(state.directory);
    return directory === state.directory ? state : { ...state, directory };
  });
}

/** Resolves when the load `current` reads stops running, with how it ended. */
function runningLoad(host: ActionHost, current: () => LoadState): Promise<LoadOutcome> {
  return new Promise((resolve) => {
    const stop = host.store.subscribe(() => {
      const state = current();
      if (state.isLoading) return;
      stop();
      resolve(state.error ? { ok: false, error: state.error } : { ok: true });
    });
  });
}

/**
 * Runs a load against the agent API, recording `isLoading`/`error`/`loaded`
 * with `mark`. While the same load runs (several views mounting at once),
 * callers share it instead of sending another request.
 */
async function load(
  host: ActionHost,
  current: () => LoadState,
  mark: (patch: { isLoading?: boolean; error?: UniLinkError | null; loaded?: boolean }) => void,
  task: (api: AgentApi) => Promise<void>,
): Promise<LoadOutcome> {
  const api = agentApiOf(host);
  if (api instanceof UniLinkError) {
    host.reportError(api);
    return { ok: false, error: api };
  }
  if (current().isLoading) return runningLoad(host, current);
  mark({ isLoading: true });
  try {
    await task(api);
    mark({ isLoading: false, error: null, loaded: true });
    return { ok: true };
  } catch (cause) {
    const error = toUniLinkError(cause);
    mark({ isLoading: false, error });
    host.reportError(error);
    return { ok: false, error };
  }
}

function loadList<N extends DirectoryListName>(
  host: ActionHost,
  name: N,
  fetch: (api: AgentApi) => Promise<DirectoryState[N]["items"]>,
): Promise<LoadOutcome> {
  const mark = (patch: object) =>
    changeDirectory(host, (directory) =>
      patchDirectoryList(directory, name, patch as Partial<DirectoryState[N]>),
    );
  return load(
    host,
    () => host.store.getState().directory[name],
    mark,
    async (api) => {
      const items = await fetch(api);
      mark({ items });
    },
  );
}

/** Loads the account's agents (`GET .../agents`) for `selectAgents`. */
export function loadAgents(client: ActionHost): Promise<LoadOutcome> {
  return loadList(client, "agents", (api) => api.listAgents());
}

/** Loads the account's teams (`GET .../teams`) for `selectTeams`. */
export function loadTeams(client: ActionHost): Promise<LoadOutcome> {
  return loadList(client, "teams", (api) => api.listTeams());
}

/** Loads the account's labels with their colours (`GET .../labels`) for `selectLabels`. */
export function loadLabels(client: ActionHost): Promise<LoadOutcome> {
  return loadList(client, "labels", (api) => api.listLabels());
}

/** Loads every canned response (`GET .../canned_responses`) for `selectCannedResponses`. */
export function loadCannedResponses(client: ActionHost): Promise<LoadOutcome> {
  return loadList(client, "cannedResponses", (api) => api.listCannedResponses());
}

type ContactLoadKind = "contacts" | "contactConversations";

function contactMark(host: ActionHost, kind: ContactLoadKind, id: number) {
  return (patch: Parameters<typeof patchContactLoad>[3]) =>
    changeDirectory(host, (directory) => patchContactLoad(directory, kind, id, patch));
}

function contactLoad(host: ActionHost, kind: ContactLoadKind, id: number) {
  return () => host.store.getState().directory[kind][id] ?? IDLE_DIRECTORY_LOAD;
}

/**
 * Loads a contact with its custom and additional attributes
 * (`GET .../contacts/{id}`) into the store (`selectContact`,
 * `selectContactLoadState`). Later `contact.updated` events keep it live.
 */
export function loadContact(client: ActionHost, contactId: number): Promise<LoadOutcome> {
  const kind = "contacts";
  const current = contactLoad(client, kind, contactId);
  return load(client, current, contactMark(client, kind, contactId), async (api) => {
    client.hydrate({ contacts: [await api.getContact(contactId)] });
  });
}

/**
 * Loads a contact's conversations, resolved ones included
 * (`GET .../contacts/{id}/conversations`), for `selectContactConversations`.
 */
export function loadContactConversations(
  client: ActionHost,
  contactId: number,
): Promise<LoadOutcome> {
  const kind = "contactConversations";
  const current = contactLoad(client, kind, contactId);
  return load(client, current, contactMark(client, kind, contactId), async (api) => {
    client.hydrate({ conversations: await api.listContactConversations(contactId) });
  });
}

/**
 * Runs `load` now and again after every resync (reconnect, wake-up), so
 * what it loaded cannot stay stale after events were missed. Returns the
 * function that stops it (an effect's cleanup).
 *
 * @example
 * useEffect(() => refreshOnResync(client, () => loadContact(client, contactId)), [client, contactId]);
 */
export function refreshOnResync(client: ActionHost, load: () => Promise<unknown>): () => void {
  void load();
  return client.on("resync", () => void load());
}
