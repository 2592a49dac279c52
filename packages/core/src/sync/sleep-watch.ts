/** Options of {@link watchForSleep}. */
export interface SleepWatchOptions {
  /** How often the clock is checked. */
  intervalMs: number;
  /** A check arriving this much later than due means the machine slept. */
  toleranceMs: number;
  /** Clock in ms. */
  now: () => number;
  /** Called after a sleep (or a page `resume`). */
  onWake: () => void;
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

function documentTarget(): EventTargetLike | undefined {
  const doc = (globalThis as { document?: Partial<EventTargetLike> }).document;
  return typeof doc?.addEventListener === "function" &&
    typeof doc.removeEventListener === "function"
    ? (doc as EventTargetLike)
    : undefined;
}

/**
 * Notices that the page was asleep: a periodic check that fires far later
 * than scheduled (laptop sleep, a frozen tab), or the page lifecycle
 * `resume` event. Events broadcast meanwhile were never delivered, even if
 * the socket survived. Returns a function stopping the watch.
 */
export function watchForSleep(options: SleepWatchOptions): () => void {
  let last = options.now();
  const timer = setInterval(() => {
    const current = options.now();
    const late = current - last - options.intervalMs;
    last = current;
    if (late > options.toleranceMs) options.onWake();
  }, options.intervalMs);
  (timer as { unref?: () => void }).unref?.();
  const doc = documentTarget();
  const resume = () => {
    last = options.now();
    options.onWake();
  };
  doc?.addEventListener("resume", resume);
  return () => {
    clearInterval(timer);
    doc?.removeEventListener("resume", resume);
  };
}
