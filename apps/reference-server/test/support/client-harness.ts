import {
  type ConnectionStatus,
  createUniLinkClient,
  type UniLinkClient,
  type UniLinkClientOptions,
  type UniLinkError,
} from "@unilink/core";
import { WebSocket } from "ws";

/** A client under test, with everything it reported. */
export interface ClientUnderTest {
  client: UniLinkClient;
  /** Every status it went through, in order (the initial one excluded). */
  statuses: ConnectionStatus[];
  errors: UniLinkError[];
  /** Resolves when the client is (or becomes) `status`; rejects after `timeoutMs`. */
  reach(status: ConnectionStatus, timeoutMs?: number): Promise<void>;
}

const clients = new Set<UniLinkClient>();

/**
 * Creates our client against the reference server with test-friendly
 * timings (fast backoff, no presence heartbeat) and `ws` as WebSocket.
 */
export function createTestClient(
  options: Pick<UniLinkClientOptions, "url" | "pubsubToken"> & Partial<UniLinkClientOptions>,
): ClientUnderTest {
  const errors: UniLinkError[] = [];
  const statuses: ConnectionStatus[] = [];
  const client = createUniLinkClient({
    // `ws` speaks the browser WebSocket API but its declared types differ.
    WebSocket: WebSocket,
    confirmTimeoutMs: 500,
    presenceIntervalMs: 0,
    connectTimeoutMs: 2000,
    backoff: { minMs: 50, maxMs: 300, jitter: 0.2 },
    onError: (error) => errors.push(error),
    ...options,
  });
  clients.add(client);
  client.onStatus((status) => statuses.push(status));
  const reach = (status: ConnectionStatus, timeoutMs = 8000) =>
    new Promise<void>((resolve, reject) => {
      if (client.status === status) return resolve();
      const timer = setTimeout(() => {
        off();
        reject(
          new Error(`client never reached "${status}"; went through ${statuses.join(" -> ")}`),
        );
      }, timeoutMs);
      const off = client.onStatus((next) => {
        if (next !== status) return;
        clearTimeout(timer);
        off();
        resolve();
      });
    });
  return { client, statuses, errors, reach };
}

/** Destroys every client created so far (call in afterEach). */
export function destroyTestClients(): void {
  for (const client of clients) client.destroy();
  clients.clear();
}

/** Resolves with the next `name` event's data; rejects after `timeoutMs`. */
export function nextEvent<T = unknown>(
  client: UniLinkClient,
  name: string,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no "${name}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = client.on("*", (event) => {
      if (event.event !== name) return;
      clearTimeout(timer);
      off();
      resolve(event.data as T);
    });
  });
}
