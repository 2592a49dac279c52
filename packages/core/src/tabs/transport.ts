/**
 * A message bus between the pages of one origin, like a `BroadcastChannel`:
 * a posted message reaches every other member, never the sender, in order.
 */
export interface TabChannel {
  /** Sends a structured-cloneable message to the other members. */
  postMessage(message: unknown): void;
  /** Calls `listener` with each message from another member; returns an unsubscribe function. */
  subscribe(listener: (message: unknown) => void): () => void;
  /** Leaves the channel. */
  close(): void;
}

/** Options of {@link TabLocks.request}, as in the Web Locks API. */
export interface TabLockOptions {
  /** Take the lock from its holder, whose request then rejects. */
  steal?: boolean;
  /** Aborts a request that is still waiting. */
  signal?: AbortSignal;
}

/**
 * Exclusive named locks shared by the pages of one origin, like
 * `navigator.locks`: a lock is held until the promise `held` returns
 * settles, and the browser frees it when its page goes away.
 */
export interface TabLocks {
  /**
   * Waits for the lock `name`, then holds it while `held()` runs. Resolves
   * once released; rejects when aborted while waiting or stolen while held.
   */
  request(name: string, options: TabLockOptions, held: () => Promise<void>): Promise<void>;
  /** How many requests for `name` are waiting. */
  waiting(name: string): Promise<number>;
}

/**
 * What tab sharing runs on: channels and locks among the pages of one
 * origin. `shareAcrossTabs()` builds it from `BroadcastChannel` and Web
 * Locks; tests and other runtimes can pass their own to `shareAcrossTabs(transport)`.
 */
export interface TabSharingTransport {
  /** Joins the channel `name`. */
  channel(name: string): TabChannel;
  /** The origin's locks. */
  locks: TabLocks;
}

interface LockManagerLike {
  request(name: string, options: TabLockOptions, held: () => Promise<void>): Promise<void>;
  query(): Promise<{ pending?: { name?: string }[] }>;
}

type BroadcastChannelClass = new (name: string) => BroadcastChannel;

/**
 * The browser's tab-sharing transport (`BroadcastChannel` + Web Locks), or
 * `undefined` where either is missing (Node, React Native, old browsers):
 * then every client keeps its own socket.
 */
export function browserTabSharing(): TabSharingTransport | undefined {
  const scope = globalThis as {
    navigator?: { locks?: Partial<LockManagerLike> };
    BroadcastChannel?: BroadcastChannelClass;
  };
  const locks = scope.navigator?.locks;
  const Channel = scope.BroadcastChannel;
  if (typeof locks?.request !== "function" || typeof locks.query !== "function") return undefined;
  if (typeof Channel !== "function") return undefined;
  const manager = locks as LockManagerLike;
  return {
    channel(name) {
      const channel = new Channel(name);
      return {
        postMessage: (message) => channel.postMessage(message),
        subscribe(listener) {
          const onMessage = (event: MessageEvent) => listener(event.data);
          channel.addEventListener("message", onMessage);
          return () => channel.removeEventListener("message", onMessage);
        },
        close: () => channel.close(),
      };
    },
    locks: {
      request: (name, options, held) => manager.request(name, options, held),
      async waiting(name) {
        const { pending = [] } = await manager.query();
        return pending.filter((lock) => lock.name === name).length;
      },
    },
  };
}
