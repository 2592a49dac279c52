/** Where a timer was created, and whether it can still fire. */
interface TrackedTimer {
  kind: "timeout" | "interval";
  stack: string;
}

/** Counts the timers created by code whose file path matches one of the owner patterns. */
export interface TimerTracker {
  /** Timers of the owners that can still fire (created, not cleared, and not yet fired if one-shot). */
  pending(): TrackedTimer[];
  /** How many timers the owners created in total. */
  readonly created: number;
  /** Puts the original functions back. */
  uninstall(): void;
}

type TimerFn = (...args: unknown[]) => unknown;

/**
 * Wraps `setTimeout`/`setInterval`/`clearTimeout`/`clearInterval` on
 * `globalThis`. Every timer is attributed by the stack at its creation: it
 * belongs to the owners when a frame of one of `ownerPaths` is on it (the
 * client's code, or a library the client called synchronously, such as
 * reconnecting-websocket or `ws` closing a socket). Timers of the fake
 * server, React or the test runner are not counted. Install it before the
 * code under test captures the globals.
 */
export function trackTimers(ownerPaths: readonly string[]): TimerTracker {
  const original = {
    setTimeout: globalThis.setTimeout,
    setInterval: globalThis.setInterval,
    clearTimeout: globalThis.clearTimeout,
    clearInterval: globalThis.clearInterval,
  };
  const live = new Map<unknown, TrackedTimer>();
  let created = 0;

  const ownerStack = (): string | undefined => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 200;
    const stack = new Error("timer created").stack ?? "";
    Error.stackTraceLimit = limit;
    return ownerPaths.some((path) => stack.includes(path)) ? stack : undefined;
  };

  const wrapCreate = (create: TimerFn, kind: TrackedTimer["kind"]) =>
    function tracked(this: unknown, callback: unknown, ...rest: unknown[]) {
      const stack = ownerStack();
      if (stack === undefined || typeof callback !== "function") {
        return create.call(this, callback, ...rest);
      }
      created++;
      let handle: unknown;
      const run = function (this: unknown, ...args: unknown[]) {
        if (kind === "timeout") live.delete(handle);
        return (callback as TimerFn).apply(this, args);
      };
      handle = create.call(this, run, ...rest);
      live.set(handle, { kind, stack });
      return handle;
    };

  const wrapClear = (clear: TimerFn) =>
    function tracked(this: unknown, handle: unknown) {
      live.delete(handle);
      return clear.call(this, handle);
    };

  const globals = globalThis as unknown as Record<keyof typeof original, TimerFn>;
  globals.setTimeout = wrapCreate(original.setTimeout as unknown as TimerFn, "timeout");
  globals.setInterval = wrapCreate(original.setInterval as unknown as TimerFn, "interval");
  globals.clearTimeout = wrapClear(original.clearTimeout as unknown as TimerFn);
  globals.clearInterval = wrapClear(original.clearInterval as unknown as TimerFn);

  return {
    pending: () => [...live.values()],
    get created() {
      return created;
    },
    uninstall() {
      Object.assign(globalThis, original);
    },
  };
}
