import { Worker } from "node:worker_threads";

/** A fake server on a worker thread, driven by messages. */
export interface FleetServer {
  /** `ws://127.0.0.1:<port>/cable`. */
  url: string;
  addContacts(contacts: { token: string; accountId: number; contactId: number }[]): Promise<void>;
  /**
   * `server.restart({downtimeMs})`: resolves once the downtime is over, with
   * the moment the server took connections again (ms since the epoch,
   * sub-millisecond: `performance.timeOrigin + performance.now()` in its thread).
   */
  restart(downtimeMs: number): Promise<number>;
  /**
   * Resolves with the moment (same clock as `restart`) the server holds
   * `count` confirmed subscriptions; rejects after `timeoutMs`. Timed in the
   * server's thread, so a busy test thread does not shift it.
   */
  subscribedAt(count: number, timeoutMs: number): Promise<number>;
  /** Confirmed subscriptions on open sockets. */
  subscriptionCount(): Promise<number>;
  close(): Promise<void>;
}

interface Reply {
  id?: number;
  ok?: boolean;
  result?: unknown;
  error?: string;
  ready?: string;
}

/** Starts the fleet's fake server in its own thread (its own event loop, as a real server has). */
export async function startFleetServer(): Promise<FleetServer> {
  const worker = new Worker(new URL("./fleet-server-worker.mjs", import.meta.url));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (reply: Reply) => {
      if (reply.ready) resolve(reply.ready);
      const waiter = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiter || reply.id === undefined) return;
      pending.delete(reply.id);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(reply.error));
    });
  });
  const call = (op: string, args?: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    url,
    addContacts: async (contacts) => void (await call("addContacts", contacts)),
    restart: async (downtimeMs) => (await call("restart", { downtimeMs })) as number,
    subscribedAt: async (count, timeoutMs) =>
      (await call("subscribedAt", { count, timeoutMs })) as number,
    subscriptionCount: async () => (await call("subscriptionCount")) as number,
    async close() {
      await call("close");
      await worker.terminate();
    },
  };
}
