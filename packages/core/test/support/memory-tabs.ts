import type { TabChannel, TabLockOptions, TabSharingTransport } from "../../src";

interface LockEntry {
  tab: MemoryTab;
  held: () => Promise<void>;
  resolve: () => void;
  reject: (error: Error) => void;
}

interface LockState {
  holder: LockEntry | undefined;
  queue: LockEntry[];
}

interface Member {
  tab: MemoryTab;
  listeners: Set<(message: unknown) => void>;
}

const abortError = () =>
  Object.assign(new Error("The lock request was aborted"), { name: "AbortError" });

/**
 * One browser origin in memory: `BroadcastChannel` and Web Locks semantics
 * (delivery as a later task, to others only; exclusive locks with a FIFO
 * queue, abort and steal; a closed page frees its locks) for Node tests.
 */
export class MemoryBrowser {
  readonly channelNames = new Set<string>();
  readonly lockNames = new Set<string>();
  readonly #channels = new Map<string, Set<Member>>();
  readonly #locks = new Map<string, LockState>();

  /** A new page of this origin. */
  tab(): MemoryTab {
    return new MemoryTab(this);
  }

  /** @internal */
  join(name: string, member: Member): void {
    this.channelNames.add(name);
    let members = this.#channels.get(name);
    if (!members) {
      members = new Set();
      this.#channels.set(name, members);
    }
    members.add(member);
  }

  /** @internal */
  leave(name: string, member: Member): void {
    this.#channels.get(name)?.delete(member);
  }

  /** @internal */
  post(name: string, from: Member, message: unknown): void {
    const copy = structuredClone(message);
    for (const member of this.#channels.get(name) ?? []) {
      if (member === from) continue;
      setTimeout(
        () =>
          member.tab.deliver(() => {
            for (const listener of [...member.listeners]) listener(copy);
          }),
        0,
      );
    }
  }

  /** @internal */
  request(tab: MemoryTab, name: string, options: TabLockOptions, held: () => Promise<void>) {
    this.lockNames.add(name);
    let state = this.#locks.get(name);
    if (!state) {
      state = { holder: undefined, queue: [] };
      this.#locks.set(name, state);
    }
    const lock = state;
    return new Promise<void>((resolve, reject) => {
      const entry: LockEntry = { tab, held, resolve, reject };
      if (options.signal?.aborted) {
        reject(abortError());
        return;
      }
      if (options.steal && lock.holder) {
        const robbed = lock.holder;
        lock.holder = undefined;
        // A frozen page learns of it when it thaws.
        robbed.tab.deliver(() => robbed.reject(abortError()));
      }
      if (!lock.holder) {
        this.#grant(lock, entry);
        return;
      }
      lock.queue.push(entry);
      options.signal?.addEventListener("abort", () => {
        const index = lock.queue.indexOf(entry);
        if (index < 0) return;
        lock.queue.splice(index, 1);
        reject(abortError());
      });
    });
  }

  /** @internal */
  waiting(name: string): number {
    return this.#locks.get(name)?.queue.length ?? 0;
  }

  /** @internal A page went away: its locks are freed, its requests dropped, its channels left. */
  closeTab(tab: MemoryTab): void {
    for (const members of this.#channels.values()) {
      for (const member of [...members]) if (member.tab === tab) members.delete(member);
    }
    for (const lock of this.#locks.values()) {
      lock.queue = lock.queue.filter((entry) => entry.tab !== tab);
      if (lock.holder?.tab === tab) this.#release(lock, lock.holder);
    }
  }

  #grant(lock: LockState, entry: LockEntry): void {
    lock.holder = entry;
    setTimeout(
      () =>
        entry.tab.deliver(() => {
          if (lock.holder !== entry) return;
          const done = () => this.#release(lock, entry);
          entry.held().then(done, done);
        }),
      0,
    );
  }

  #release(lock: LockState, entry: LockEntry): void {
    if (lock.holder !== entry) return;
    lock.holder = undefined;
    entry.resolve();
    const next = lock.queue.shift();
    if (next) this.#grant(lock, next);
  }
}

/** A page of a {@link MemoryBrowser}: a {@link TabSharingTransport} that can freeze and close. */
export class MemoryTab implements TabSharingTransport {
  readonly #browser: MemoryBrowser;
  #frozen: (() => void)[] | undefined;
  #closed = false;

  constructor(browser: MemoryBrowser) {
    this.#browser = browser;
  }

  readonly locks = {
    request: (name: string, options: TabLockOptions, held: () => Promise<void>) =>
      this.#browser.request(this, name, options, held),
    waiting: async (name: string) => this.#browser.waiting(name),
  };

  channel(name: string): TabChannel {
    const member: Member = { tab: this, listeners: new Set() };
    this.#browser.join(name, member);
    return {
      postMessage: (message) => {
        // A frozen page runs nothing, so nothing it "sends" meanwhile leaves before it thaws.
        if (this.#closed) return;
        if (this.#frozen) this.#frozen.push(() => this.#browser.post(name, member, message));
        else this.#browser.post(name, member, message);
      },
      subscribe: (listener) => {
        member.listeners.add(listener);
        return () => member.listeners.delete(listener);
      },
      close: () => this.#browser.leave(name, member),
    };
  }

  /** @internal Runs `task` now, or after `thaw()` while frozen; never once closed. */
  deliver(task: () => void): void {
    if (this.#closed) return;
    if (this.#frozen) this.#frozen.push(task);
    else task();
  }

  /** The browser froze the page: nothing reaches it and nothing leaves it. */
  freeze(): void {
    this.#frozen ??= [];
  }

  /** The page runs again: what was held happens now, in order. */
  thaw(): void {
    const held = this.#frozen ?? [];
    this.#frozen = undefined;
    for (const task of held) task();
  }

  /** The page closed or crashed: the browser frees its locks. */
  close(): void {
    this.#closed = true;
    this.#browser.closeTab(this);
  }
}
