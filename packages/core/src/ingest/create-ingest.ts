import { UniLinkError } from "../errors";
import type { UniLinkEvent } from "../schema/events";
import { parseEvent } from "../schema/parse-event";
import { isForeignEvent } from "../store/apply-event";

/** Options of {@link createIngest}. */
export interface IngestOptions {
  /** The subscribed account: events of other accounts are dropped here. Omit for a contact. */
  accountId?: number | null;
  /** Applies a batch to the store (one `setState`). */
  dispatch: (events: UniLinkEvent[]) => void;
  /** Called after `dispatch` with the same batch, so listeners read the updated store. */
  onEvents: (events: UniLinkEvent[]) => void;
  /** Receives messages that failed parsing, and whatever `dispatch` or `onEvents` throws. */
  onError: (error: UniLinkError) => void;
}

/** Turns raw event messages into store batches. */
export interface Ingest {
  /** Parses one frame's `message` and queues it for this task's batch. Never throws. */
  push(message: unknown): void;
  /** Applies the queued events now instead of at the end of the task. */
  flush(): void;
  /** Drops the queue; later pushes are ignored. */
  destroy(): void;
}

/**
 * Validates incoming events and applies all events that arrive in one task
 * as one batch: the flush is a microtask, so a lone event is applied before
 * the task ends (no timer delay), and a burst costs one store notification.
 */
export function createIngest(options: IngestOptions): Ingest {
  let queue: UniLinkEvent[] = [];
  let scheduled = false;
  let destroyed = false;

  const safely = (what: string, run: () => void) => {
    try {
      run();
    } catch (cause) {
      try {
        options.onError(new UniLinkError("listener", `${what} threw: ${String(cause)}`));
      } catch {
        // Nothing left to tell: an error handler that throws is ignored.
      }
    }
  };

  const flush = () => {
    scheduled = false;
    if (destroyed || queue.length === 0) return;
    const batch = queue;
    queue = [];
    safely("dispatch", () => options.dispatch(batch));
    safely("event listener", () => options.onEvents(batch));
  };

  return {
    push(message) {
      if (destroyed) return;
      const result = parseEvent(message);
      if (!result.ok) {
        safely("onError", () => options.onError(result.error));
        return;
      }
      if (isForeignEvent(result.event, options.accountId)) return;
      queue.push(result.event);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
    flush,
    destroy() {
      destroyed = true;
      queue = [];
    },
  };
}
