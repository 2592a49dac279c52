import { UniLinkError } from "../errors";
import type { UniLinkEvent } from "../schema/events";

type AnyListener = (...args: unknown[]) => void;

/**
 * Listeners keyed by event name, plus "*" for every event. A throwing
 * listener is reported and skipped so one bad handler cannot stop delivery
 * to the others.
 */
export function createEventListeners(onError: (error: UniLinkError) => void) {
  const byName = new Map<string, Set<AnyListener>>();

  function add(name: string, listener: AnyListener): () => void {
    let set = byName.get(name);
    if (!set) {
      set = new Set();
      byName.set(name, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) byName.delete(name);
    };
  }

  function call(listener: AnyListener, args: unknown[], name: string): void {
    try {
      listener(...args);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      onError(new UniLinkError("listener", `A listener for "${name}" threw: ${reason}`));
    }
  }

  function emit(events: readonly UniLinkEvent[]): void {
    for (const event of events) {
      for (const listener of byName.get(event.event) ?? [])
        call(listener, [event.data, event], event.event);
      for (const listener of byName.get("*") ?? []) call(listener, [event], event.event);
    }
  }

  /** Calls the listeners of a client-made event (e.g. `resync`); `"*"` listeners are not called. */
  function emitLocal(name: string, args: unknown[]): void {
    for (const listener of byName.get(name) ?? []) call(listener, args, name);
  }

  function clear(): void {
    byName.clear();
  }

  return { add, emit, emitLocal, clear };
}
