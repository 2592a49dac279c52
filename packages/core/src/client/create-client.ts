import { Connection } from "../connection/connection";
import type { ConnectionStatus } from "../connection/status";
import type { UniLinkError } from "../errors";
import { createIngest } from "../ingest/create-ingest";
import { createUniLinkStore } from "../store/create-store";
import { replayEvents } from "../store/replay";
import type { StatusSource } from "../sync/client-status";
import type { Sync } from "../sync/create-sync";
import { noApiError } from "../sync/outcomes";
import { notSharing } from "../tabs/sharing-state";
import { createEventListeners } from "./event-listeners";
import { createPresenceRefresh } from "./presence-refresh";
import type { RestSync } from "./rest-sync";
import { socketOnlySync } from "./socket-only";
import type { UniLinkClient, UniLinkClientOptions } from "./types";

/**
 * Creates a client: one connection, one store reduced from its events.
 * Nothing touches the network (or `window`) until `connect()` is called,
 * so a client may be created during server rendering. Without `api` the
 * client is socket-only and its REST methods settle with a `validation`
 * error; the REST side comes with the `api` (`createAgentApi` /
 * `createContactApi`), so socket-only apps do not bundle it.
 *
 * @example
 * const client = createUniLinkClient({ url: "https://chat.example.com", pubsubToken, accountId: 1, userId: 7 });
 * client.on("message.created", (message) => console.log(message.content));
 * client.connect();
 *
 * @example
 * // With REST: loads, optimistic sends and resync after reconnects
 * const api = createAgentApi({ baseUrl: "https://chat.example.com", accessToken, accountId: 1 });
 * const client = createUniLinkClient({ url: "https://chat.example.com", pubsubToken: async () => (await api.profile()).pubsub_token, accountId: 1, userId: 7, api });
 * await client.loadMessages(42);
 * await client.sendMessage(42, { content: "On its way!" });
 */
export function createUniLinkClient(options: UniLinkClientOptions): UniLinkClient {
  const reportError = (error: UniLinkError) => {
    try {
      options.onError?.(error);
    } catch {
      // An onError that throws must not take the connection down with it.
    }
  };
  const controller = createUniLinkStore({
    accountId: options.accountId,
    typingTimeoutMs: options.typingTimeoutMs,
    onError: reportError,
  });
  const listeners = createEventListeners(reportError);
  const ingest = createIngest({
    accountId: options.accountId,
    batchWindowMs: options.batchWindowMs,
    dispatch: controller.dispatch,
    onEvents: (events) => {
      sync.observe(events);
      refreshPresence(events);
      listeners.emit(events);
    },
    onError: reportError,
  });
  const connectionOptions = { ...options, onError: reportError };
  // Tab sharing comes with the option's value (shareAcrossTabs()), so apps without it do not bundle it.
  const { connection, sharing } = options.shareAcrossTabs?.createLink(connectionOptions) ?? {
    connection: new Connection(connectionOptions),
    sharing: notSharing,
  };
  // Asking for a snapshot marks the caller online: not for clients that turned presence off.
  const refreshPresence =
    options.presenceIntervalMs === 0
      ? () => undefined
      : createPresenceRefresh(
          controller.store.getState,
          () => connection.updatePresence(),
          Date.now,
        );
  connection.onMessage(ingest.push);
  const showStatus = (current: ConnectionStatus) => controller.setStatus(current);
  const restSync = (options.api as Partial<RestSync> | undefined)?.createSync;
  if (options.api && !restSync) reportError(noApiError());
  const restSide = restSync?.(connection, showStatus, {
    controller,
    api: options.api,
    contactSourceId: options.contactSourceId,
    userId: options.userId,
    report: reportError,
    onResync: (result) => listeners.emitLocal("resync", [result]),
    sleepCheckIntervalMs: options.sleepCheckIntervalMs,
    attachmentRules: options.attachmentRules,
  });
  // What the app sees: the connection's status (with REST, `resyncing` while the sync layer catches up).
  const status: StatusSource = restSide?.status ?? connection;
  if (!restSide) connection.onStatus(showStatus);
  const sync: Sync = restSide?.sync ?? socketOnlySync(controller, reportError, Date.now);

  // The REST methods are the sync layer's own (closures, no `this`); its lifecycle stays inside.
  const { observe: _observe, start: _start, stop: _stop, destroy: _destroy, ...rest } = sync;
  const client: UniLinkClient = {
    ...rest,
    store: controller.store,
    get status() {
      return status.status;
    },
    connect() {
      connection.connect();
      sync.start();
    },
    disconnect() {
      sync.stop();
      connection.disconnect();
    },
    destroy() {
      sync.destroy();
      connection.destroy();
      restSide?.status.destroy();
      ingest.destroy();
      controller.destroy();
      listeners.clear();
    },
    onStatus: (listener) => status.onStatus(listener),
    get sharing() {
      return sharing.state;
    },
    onSharing: (listener) => sharing.subscribe(listener),
    on: listeners.add as UniLinkClient["on"],
    setToken: (token) => connection.setToken(token),
    updatePresence: () => connection.updatePresence(),
    hydrate: (snapshot) => controller.hydrate(snapshot),
    replay: (events) => replayEvents(controller, events),
    api: options.api,
    applyLocalChange: (change) => controller.applyLocalChange(change),
    reportError,
  };
  return client;
}
