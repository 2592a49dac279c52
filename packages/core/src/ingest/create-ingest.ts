import { UniLinkError } from "../errors";
import { isForeignEvent } from "../event-table";
import type { UniLinkEvent } from "../schema/events";
import { readEvent } from "../schema/parse-event";

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
  /**
   * After a flush, events arriving within this window are held and applied
   * together at its end. Default 16 (one frame); 0 flushes every task.
   */
  batchWindowMs?: number;
}

/** Turns raw event messages into store batches. */
export interface Ingest {
  /**
   * Parses one frame's `message` and queues it for this task's batch. Never
   * throws. `shallow`: the frame's text proved it shallow (`MessageListener`),
   * so parsing skips the depth walk.
   */
  push(message: unknown, shallow?: boolean): void;
  /** Applies the queued events now instead of at the end of the task. */
  flush(): void;
  /** Drops the queue; later pushes are ignored. */
  destroy(): void;
}

/**
 * Validates incoming events and applies them in batches. A lone event is
 * flushed in a microtask, before its task ends (no timer delay). Browsers
 * deliver every websocket frame in its own task, so a burst would otherwise
 * cost one store update and one React commit per frame: events arriving
 * within `batchWindowMs` of the last flush are held and applied together.
 */
export function createIngest(options: IngestOptions): Ingest {
  const windowMs = options.batchWindowMs ?? 16;
  let queue: UniLinkEvent[] = [];
  let scheduled = false;
  let destroyed = false;
  let lastFlushAt = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    scheduled = true;
    const wait = lastFlushAt + windowMs - Date.now();
    if (wait <= 0) {
      queueMicrotask(flush);
      return;
    }
    timer = setTimeout(flush, wait);
  };

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
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (destroyed || queue.length === 0) return;
    lastFlushAt = Date.now();
    const batch = queue;
    queue = [];
    safely("dispatch", () => options.dispatch(batch));
    safely("event listener", () => options.onEvents(batch));
  };

  return {
    push(message, shallow = false) {
      if (destroyed) return;
      const result = readEvent(message, shallow);
      if (!result.ok) {
        safely("onError", () => options.onError(result.error));
        return;
      }
      if (isForeignEvent(result.event, options.accountId)) return;
      queue.push(result.event);
      if (!scheduled) schedule();
    },
    flush,
    destroy() {
      destroyed = true;
      queue = [];
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
