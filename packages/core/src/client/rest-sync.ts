import {
  type AgentApi,
  type AgentApiOptions,
  createAgentApi as createAgentRest,
} from "../api/agent-api";
import {
  type ContactApi,
  type ContactApiOptions,
  createContactApi as createContactRest,
} from "../api/contact-api";
import type { ConnectionStatus } from "../connection/status";
import { ClientStatus, type StatusSource } from "../sync/client-status";
import { createSync, type Sync, type SyncOptions } from "../sync/create-sync";

/** A client's REST side: the sync layer and the status the app sees. */
export interface RestSide {
  sync: Sync;
  /** The connection's status, `resyncing` while the sync layer catches up. */
  status: ClientStatus;
}

/**
 * Builds a client's REST side on `connection`. `showStatus` hears every
 * status before the sync layer does (which may answer `connected` with
 * `resyncing` at once), so the last status it hears is the current one.
 */
function createRestSide(
  connection: StatusSource,
  showStatus: (status: ConnectionStatus) => void,
  options: Omit<SyncOptions, "connection">,
): RestSide {
  const status = new ClientStatus(connection, options.report);
  status.onStatus(showStatus);
  return { sync: createSync({ ...options, connection: status }), status };
}

/**
 * What {@link createAgentApi} and {@link createContactApi} add to their REST
 * client: the client's REST side (loads, optimistic sends, typing, read
 * state, resync after reconnects). `createUniLinkClient` builds it only from
 * an `api` that carries it, so an app that passes no `api` never bundles it.
 */
export interface RestSync {
  /** @hidden Called once by `createUniLinkClient` (not an app API). */
  readonly createSync: typeof createRestSide;
}

/**
 * Gives a hand-made REST client (a test double, a custom transport) the
 * client's REST side, as `createAgentApi`/`createContactApi` do.
 *
 * @example
 * const client = createUniLinkClient({ ...options, api: withRestSync(fakeAgentApi) });
 */
export function withRestSync<T extends AgentApi | ContactApi>(api: T): T & RestSync {
  return { ...api, createSync: createRestSide };
}

/**
 * A typed client of the platform's Application API for agents, on `fetch`.
 * Answers are validated with the same schemas as socket events; failures
 * reject with a `UniLinkError` (`http`, `network`, `validation`) that never
 * contains the access token. Passed as a client's `api`, it turns on loads,
 * optimistic sends and resync.
 *
 * @example
 * const api = createAgentApi({ baseUrl: "https://chat.example.com", accessToken, accountId: 1 });
 * const { pubsub_token } = await api.profile();
 */
export function createAgentApi(options: AgentApiOptions): AgentApi & RestSync {
  return withRestSync(createAgentRest(options));
}

/**
 * A typed client of the platform's public Client API (a contact's widget),
 * on `fetch`. No auth header: requests are scoped by the inbox identifier
 * and the session's `source_id`. Session tokens are registered as secrets.
 * Passed as a client's `api` (with `contactSourceId`), it turns on loads,
 * optimistic sends and resync.
 *
 * @example
 * const api = createContactApi({ baseUrl: "https://chat.example.com", inboxIdentifier });
 * const session = await api.createContact({ name: "Ada" });
 * // session.pubsub_token is the socket token, session.source_id addresses the rest
 */
export function createContactApi(options: ContactApiOptions): ContactApi & RestSync {
  return withRestSync(createContactRest(options));
}
