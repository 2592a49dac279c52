/** A lock request's options, as in the Web Locks API (the subset tab sharing uses). */
export interface InMemoryLockOptions {
  steal?: boolean;
  signal?: AbortSignal;
}

/** One page's end of an in-memory channel, shaped like `@unilink/core`'s `TabChannel`. */
export interface InMemoryTabChannel {
  /** Delivers a clone to every other member, as a later task. */
  postMessage(message: unknown): void;
  /** Calls `listener` with each message from another member. */
  subscribe(listener: (message: unknown) => void): () => void;
  /** Leaves the channel. */
  close(): void;
}

/**
 * A page of {@link InMemoryTabs}: a tab-sharing transport (pass it as
 * `shareAcrossTabs`) that can freeze, thaw and close like a browser page.
 */
export interface InMemoryTabPage {
  /** The origin's locks, as this page sees them. */
  readonly locks: {
    /** Waits for the lock `name`, then holds it while `held()` runs (rejects when aborted or stolen). */
    request(name: string, options: InMemoryLockOptions, held: () => Promise<void>): Promise<void>;
    /** How many requests for `name` are waiting. */
    waiting(name: string): Promise<number>;
  };
  /** Joins the channel `name`. */
  channel(name: string): InMemoryTabChannel;
  /** The browser froze the page: nothing reaches it and nothing it sends leaves. */
  freeze(): void;
  /** The page runs again: what was held happens now, in order. */
  thaw(): void;
  /** The page closed or crashed: the browser frees its locks and its channels. */
  close(): void;
}

/** A page as the hub sees it: runs tasks unless closed, holds them while frozen. */
interface PageRuntime {
  deliver(task: () => void): void;
}

interface LockEntry {
  page: PageRuntime;
  held: () => Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface LockState {
  holder: LockEntry | undefined;
  queue: LockEntry[];
}

interface Member {
  page: PageRuntime;
  listeners: Set<(message: unknown) => void>;
}

const abortError = () =>
  Object.assign(new Error("The lock request was aborted"), { name: "AbortError" });

class Hub {
  readonly #channels = new Map<string, Set<Member>>();
  readonly #locks = new Map<string, LockState>();

  constructor(
    readonly channelNames: Set<string>,
    readonly lockNames: Set<string>,
  ) {}

  join(name: string, member: Member): void {
    this.channelNames.add(name);
    let members = this.#channels.get(name);
    if (!members) {
      members = new Set();
      this.#channels.set(name, members);
    }
    members.add(member);
  }

  leave(name: string, member: Member): void {
    this.#channels.get(name)?.delete(member);
  }

  post(name: string, from: Member, message: unknown): void {
    const copy = structuredClone(message);
    for (const member of this.#channels.get(name) ?? []) {
      if (member === from) continue;
      setTimeout(() => {
        member.page.deliver(() => {
          for (const listener of [...member.listeners]) listener(copy);
        });
      }, 0);
    }
  }

  request(
    page: PageRuntime,
    name: string,
    options: InMemoryLockOptions,
    held: () => Promise<void>,
  ): Promise<void> {
    this.lockNames.add(name);
    let lock = this.#locks.get(name);
    if (!lock) {
      lock = { holder: undefined, queue: [] };
      this.#locks.set(name, lock);
    }
    const state = lock;
    return new Promise<void>((resolve, reject) => {
      const entry: LockEntry = { page, held, resolve, reject };
      if (options.signal?.aborted) {
        reject(abortError());
        return;
      }
      const robbed = options.steal ? state.holder : undefined;
      if (robbed) {
        state.holder = undefined;
        // A frozen page learns of it when it thaws.
        robbed.page.deliver(() => robbed.reject(abortError()));
      }
      if (!state.holder) {
        this.#grant(state, entry);
        return;
      }
      state.queue.push(entry);
      options.signal?.addEventListener("abort", () => {
        const index = state.queue.indexOf(entry);
        if (index < 0) return;
        state.queue.splice(index, 1);
        reject(abortError());
      });
    });
  }

  waiting(name: string): number {
    return this.#locks.get(name)?.queue.length ?? 0;
  }

  closePage(page: PageRuntime): void {
    for (const members of this.#channels.values()) {
      for (const member of [...members]) if (member.page === page) members.delete(member);
    }
    for (const lock of this.#locks.values()) {
      lock.queue = lock.queue.filter((entry) => entry.page !== page);
      if (lock.holder?.page === page) this.#release(lock, lock.holder);
    }
  }

  #grant(lock: LockState, entry: LockEntry): void {
    lock.holder = entry;
    setTimeout(() => {
      entry.page.deliver(() => {
        if (lock.holder !== entry) return;
        const done = () => this.#release(lock, entry);
        entry.held().then(done, done);
      });
    }, 0);
  }

  #release(lock: LockState, entry: LockEntry): void {
    if (lock.holder !== entry) return;
    lock.holder = undefined;
    entry.resolve();
    const next = lock.queue.shift();
    if (next) this.#grant(lock, next);
  }
}

function createPage(hub: Hub): InMemoryTabPage {
  let frozen: (() => void)[] | undefined;
  let closed = false;
  const runtime: PageRuntime = {
    deliver(task) {
      if (closed) return;
      if (frozen) frozen.push(task);
      else task();
    },
  };
  return {
    locks: {
      request: (name, options, held) => hub.request(runtime, name, options, held),
      waiting: async (name) => hub.waiting(name),
    },
    channel(name) {
      const member: Member = { page: runtime, listeners: new Set() };
      hub.join(name, member);
      return {
        postMessage(message) {
          // A frozen page runs nothing, so what it "sends" meanwhile leaves when it thaws.
          if (closed) return;
          if (frozen) frozen.push(() => hub.post(name, member, message));
          else hub.post(name, member, message);
        },
        subscribe(listener) {
          member.listeners.add(listener);
          return () => member.listeners.delete(listener);
        },
        close: () => hub.leave(name, member),
      };
    },
    freeze() {
      frozen ??= [];
    },
    thaw() {
      const held = frozen ?? [];
      frozen = undefined;
      for (const task of held) task();
    },
    close() {
      closed = true;
      hub.closePage(runtime);
    },
  };
}

/**
 * The pages of one browser origin in memory, for `shareAcrossTabs` tests:
 * `BroadcastChannel` semantics (delivered as a later task, to the other
 * members only) and Web Locks semantics (exclusive, first come first
 * served, abort and steal; a closed page frees its locks). Each
 * {@link InMemoryTabs.tab} is a transport to pass to `shareAcrossTabs()`.
 *
 * @example
 * const tabs = new InMemoryTabs();
 * const a = createUniLinkClient({ ...options, shareAcrossTabs: shareAcrossTabs(tabs.tab()) });
 * const b = createUniLinkClient({ ...options, shareAcrossTabs: shareAcrossTabs(tabs.tab()) });
 */
export class InMemoryTabs {
  /** Every channel name a page joined. */
  readonly channelNames = new Set<string>();
  /** Every lock name a page requested. */
  readonly lockNames = new Set<string>();
  readonly #hub = new Hub(this.channelNames, this.lockNames);

  /** A new page of this origin. */
  tab(): InMemoryTabPage {
    return createPage(this.#hub);
  }
}
