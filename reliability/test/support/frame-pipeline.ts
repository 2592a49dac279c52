import type { UniLinkClient, UniLinkError, UniLinkErrorCode } from "@unilink/core";
import { createIngest, createUniLinkStore, decodeFrame } from "./core-internals";
import type { Outcome } from "./fuzz-frames";

/** What became of one frame: an outcome, another error code, or several errors. */
export type Observed = Outcome | UniLinkErrorCode | `reported ${number} errors`;

/** Decode, ingest and store wired as a client wires them, without a socket. */
export interface FramePipeline {
  readonly store: UniLinkClient["store"];
  /** Every error reported so far, in order. */
  readonly errors: readonly UniLinkError[];
  /** Feeds one frame; returns what it led to (errors it caused synchronously). */
  feed(text: string): Observed;
  /** Applies queued events now and returns the errors that caused (none for valid events). */
  flush(): UniLinkError[];
  /** Stops the store's timer. */
  destroy(): void;
}

/**
 * The library's own layers (`decodeFrame`, `createIngest`,
 * `createUniLinkStore`) in the order the connection drives them, for volume:
 * no socket, so 10,000 frames take seconds. Only the subscription routing is
 * done here: data frames for `identifier` go to ingest, frames naming
 * another subscription count as `identifier` (the connection's report).
 */
export function createFramePipeline(identifier: string, accountId: number): FramePipeline {
  const errors: UniLinkError[] = [];
  const record = (error: UniLinkError) => {
    errors.push(error);
  };
  // A fixed clock: two pipelines fed the same events reach equal states.
  const controller = createUniLinkStore({
    accountId,
    now: () => 1_717_243_200_000,
    onError: record,
  });
  const ingest = createIngest({
    accountId,
    dispatch: controller.dispatch,
    onEvents: () => {},
    onError: record,
  });

  function route(text: string): "identifier" | undefined {
    const decoded = decodeFrame(text);
    if (!decoded.ok) {
      record(decoded.error);
      return undefined;
    }
    const { frame } = decoded;
    if (frame.type === "data") {
      if (frame.identifier !== identifier) return "identifier";
      ingest.push(frame.message);
    } else if (frame.type === "confirm" || frame.type === "reject") {
      if (frame.identifier !== identifier) return "identifier";
    }
    return undefined;
  }

  return {
    store: controller.store,
    errors,
    feed(text) {
      const before = errors.length;
      const routed = route(text);
      const caused = errors.slice(before);
      if (caused.length === 0) return routed ?? "accepted";
      if (caused.length === 1 && routed === undefined) return (caused[0] as UniLinkError).code;
      return `reported ${caused.length + (routed ? 1 : 0)} errors`;
    },
    flush() {
      const before = errors.length;
      ingest.flush();
      return errors.slice(before);
    },
    destroy() {
      ingest.destroy();
      controller.destroy();
    },
  };
}
