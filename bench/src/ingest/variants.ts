// The benchmarks' one import of core's internals (the probes aside): the ceilings validate a frame
// exactly as the client's socket path does (depth vouched for by the frame's text), which
// the public `parseEvent` (it always walks the payload for depth) does not.
import { opensAtMost } from "../../../packages/core/src/schema/depth";
import { readEvent } from "../../../packages/core/src/schema/parse-event";
import type { Corpus } from "../corpus";
import { connectBenchClient } from "../harness/bench-client";
import { nextMacrotask } from "../harness/stats";
import { handwrittenReducer, initialHandwrittenState } from "./handwritten-reducer";

/** What one timed run of a variant measured. */
export interface VariantRun {
  /** Wall time of the measured part, milliseconds. */
  ms: number;
  /** Frames the run refused (unilink: reported through `onError`). */
  refused: number;
}

/** `limit`: JSON.parse of every frame and nothing else. */
export function runLimit(frames: readonly string[]): VariantRun {
  let objects = 0;
  const start = performance.now();
  for (const frame of frames) if (JSON.parse(frame) !== null) objects++;
  const ms = performance.now() - start;
  return { ms, refused: frames.length - objects };
}

/**
 * `handwritten`: JSON.parse, the identifier check ActionCable's consumer
 * does, and a plain immutable reducer over arrays; fed in the same bursts
 * as `unilink`.
 */
export async function runHandwritten(corpus: Corpus, burst: number): Promise<VariantRun> {
  const { frames, identifier } = corpus;
  let state = initialHandwrittenState;
  let refused = 0;
  const start = performance.now();
  for (let from = 0; from < frames.length; from += burst) {
    const to = Math.min(frames.length, from + burst);
    for (let i = from; i < to; i++) {
      const frame = JSON.parse(frames[i] as string);
      if (frame.identifier !== identifier) {
        refused++;
        continue;
      }
      state = handwrittenReducer(state, frame.message);
    }
    await nextMacrotask();
  }
  const ms = performance.now() - start;
  if (state.conversations.length === 0 && frames.length > 0) refused = frames.length;
  return { ms, refused };
}

/**
 * What every validated path pays before any store: JSON.parse, the
 * identifier check and UniLink's validation as its socket path runs it, fed
 * in the same bursts as `unilink`. `keep` is what becomes of each event: `validated`
 * drops it, `kept` holds its data in a Map under what a store keys it by, the
 * least any store does (and what makes the garbage collector work like a store's).
 */
async function runValidatedPath(
  corpus: Corpus,
  burst: number,
  keep: ((event: string, data: unknown) => void) | undefined,
): Promise<VariantRun> {
  const { frames, identifier } = corpus;
  let refused = 0;
  const start = performance.now();
  for (let from = 0; from < frames.length; from += burst) {
    const to = Math.min(frames.length, from + burst);
    for (let i = from; i < to; i++) {
      const text = frames[i] as string;
      const frame = JSON.parse(text);
      const parsed =
        frame.identifier === identifier ? readEvent(frame.message, opensAtMost(text)) : undefined;
      if (!parsed?.ok) {
        refused++;
        continue;
      }
      keep?.(parsed.event.event, parsed.event.data);
    }
    await nextMacrotask();
  }
  return { ms: performance.now() - start, refused };
}

/** `validated`: {@link runValidatedPath}, every event dropped once validated. */
export function runValidated(corpus: Corpus, burst: number): Promise<VariantRun> {
  return runValidatedPath(corpus, burst, undefined);
}

/** `kept`: {@link runValidatedPath}, each event's data held in a Map under what a store keys it by. */
export function runKept(corpus: Corpus, burst: number): Promise<VariantRun> {
  const kept = new Map<string, unknown>();
  return runValidatedPath(corpus, burst, (event, data) => {
    // What a store keys it by: the entity's id, a notification's, a typing event's conversation;
    // a presence snapshot replaces the last one.
    const { id, notification, conversation } = data as {
      id?: unknown;
      notification?: { id?: unknown };
      conversation?: { id?: unknown };
    };
    kept.set(`${event}:${String(id ?? notification?.id ?? conversation?.id ?? "")}`, data);
  });
}

/**
 * `unilink`: the production path. Frames enter the real client through its
 * socket: reconnecting-websocket, decodeFrame, identifier routing,
 * parseEvent (zod), ingest batching (microtask), reducers, zustand store.
 * Connecting is not timed; the clock stops at the store update that applied
 * the last frame (the last batch window flushes after the last burst).
 */
export async function runUnilink(corpus: Corpus, burst: number): Promise<VariantRun> {
  const bench = await connectBenchClient(corpus.identifier);
  try {
    const start = performance.now();
    const lastUpdateAt = await bench.feed(corpus.frames, burst);
    return { ms: lastUpdateAt - start, refused: bench.errors.length };
  } finally {
    bench.destroy();
  }
}
