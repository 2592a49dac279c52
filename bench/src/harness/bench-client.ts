import { createUniLinkClient, type UniLinkClient, type UniLinkError } from "@unilink/core";
import { BENCH_SUBSCRIBER, type Subscriber } from "../corpus";
import { type BenchSocket, benchSocketClass } from "./bench-socket";
import { nextMacrotask } from "./stats";

/** A real client, subscribed over a {@link BenchSocket}. */
export interface BenchClient {
  client: UniLinkClient;
  socket: BenchSocket;
  /** Everything the client reported through `onError`. */
  errors: UniLinkError[];
  /**
   * Delivers frames, `burst` per macrotask, and resolves once every frame is
   * in the store (or refused), with the `performance.now()` of the last store
   * update: the last batch window may flush after the last burst.
   */
  feed(frames: readonly string[], burst: number): Promise<number>;
  destroy(): void;
}

async function until(what: string, condition: () => boolean, tries = 1_000): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (condition()) return;
    await nextMacrotask();
  }
  throw new Error(`bench client: timed out waiting for ${what}`);
}

/**
 * Creates a client with default options over an in-process socket and
 * takes it through welcome and confirm_subscription to `connected`.
 */
export async function connectBenchClient(
  identifier: string,
  subscriber: Subscriber = BENCH_SUBSCRIBER,
): Promise<BenchClient> {
  const { WebSocket, sockets } = benchSocketClass();
  const errors: UniLinkError[] = [];
  const client = createUniLinkClient({
    url: "ws://127.0.0.1/cable",
    pubsubToken: subscriber.pubsubToken,
    accountId: subscriber.accountId,
    userId: subscriber.userId,
    WebSocket,
    presenceIntervalMs: 0,
    onError: (error) => errors.push(error),
  });
  client.connect();
  await until("the socket", () => sockets.length > 0);
  const socket = sockets[0] as BenchSocket;
  socket.open();
  socket.deliver(JSON.stringify({ type: "welcome" }));
  await until("subscribe", () => socket.sent.some((c) => c.includes('"subscribe"')));
  socket.deliver(JSON.stringify({ identifier, type: "confirm_subscription" }));
  await until("connected", () => client.status === "connected");
  // Every frame of a corpus is an event of this subscription: it reaches "*" once the store
  // applied it (listeners run after the store update), or `onError` when refused.
  let delivered = 0;
  let lastUpdateAt = 0;
  client.on("*", () => delivered++);
  client.store.subscribe(() => {
    lastUpdateAt = performance.now();
  });
  return {
    client,
    socket,
    errors,
    async feed(frames, burst) {
      const target = delivered + errors.length + frames.length;
      for (let start = 0; start < frames.length; start += burst) {
        const end = Math.min(frames.length, start + burst);
        for (let i = start; i < end; i++) socket.deliver(frames[i] as string);
        await nextMacrotask();
      }
      // The last batch window is flushed by a timer (batchWindowMs), after the last burst.
      await until("the last batch", () => delivered + errors.length >= target, 100_000);
      return lastUpdateAt;
    },
    destroy: () => client.destroy(),
  };
}
