const WAKE_TYPES = new Set(["online", "offline", "focus", "blur", "visibilitychange"]);

/** Listeners for page-wake events currently registered on `window` and `document`. */
export interface WakeListenerTracker {
  /** `type` of each listener still registered. */
  registered(): string[];
  /** Puts the original methods back. */
  uninstall(): void;
}

type ListenerFn = EventTarget["addEventListener"];

/**
 * Records `addEventListener`/`removeEventListener` of the events a
 * connection listens to for waking up (`online`, `focus`,
 * `visibilitychange`, ...) on `window` and `document`, so a test can
 * assert that nothing stays registered after every client is gone.
 */
export function trackWakeListeners(): WakeListenerTracker {
  const live = new Map<string, Set<unknown>>();
  const restore: (() => void)[] = [];
  for (const target of [globalThis.window, globalThis.document] as EventTarget[]) {
    if (!target) continue;
    const add: ListenerFn = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type, listener, options) {
      if (WAKE_TYPES.has(type)) {
        const set = live.get(type) ?? new Set();
        set.add(listener);
        live.set(type, set);
      }
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (this: EventTarget, type, listener, options) {
      live.get(type)?.delete(listener);
      return remove.call(this, type, listener, options);
    };
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    registered: () => [...live].flatMap(([type, set]) => [...set].map(() => type)),
    uninstall: () => {
      for (const undo of restore) undo();
    },
  };
}
