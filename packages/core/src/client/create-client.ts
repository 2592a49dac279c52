import { Connection } from "../connection";
import type { UniLinkError } from "../errors";
import { createIngest } from "../ingest";
import type { UniLinkEventListener, UniLinkEventName } from "../schema/events";
import { createUniLinkStore } from "../store";
import { createEventListeners } from "./event-listeners";
import type { UniLinkClient, UniLinkClientOptions } from "./types";

/**
 * Creates a client: one connection, one store reduced from its events.
 * Nothing touches the network (or `window`) until `connect()` is called,
 * so a client may be created during server rendering.
 *
 * @example
 * const client = createUniLinkClient({ url: "https://chat.example.com", pubsubToken, accountId: 1, userId: 7 });
 * client.on("message.created", (message) => console.log(message.content));
 * client.connect();
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
    dispatch: controller.dispatch,
    onEvents: listeners.emit,
    onError: reportError,
  });
  const connection = new Connection({ ...options, onError: reportError });
  connection.onMessage(ingest.push);
  connection.onStatus((status) => controller.setStatus(status));

  return {
    store: controller.store,
    get status() {
      return connection.status;
    },
    connect: () => connection.connect(),
    disconnect: () => connection.disconnect(),
    destroy() {
      connection.destroy();
      ingest.destroy();
      controller.destroy();
      listeners.clear();
    },
    onStatus: (listener) => connection.onStatus(listener),
    on<N extends UniLinkEventName | "*">(name: N, listener: UniLinkEventListener<N>) {
      return listeners.add(name, listener as (...args: unknown[]) => void);
    },
    setToken: (token) => connection.setToken(token),
    updatePresence: () => connection.updatePresence(),
    hydrate: (snapshot) => controller.hydrate(snapshot),
  };
}
