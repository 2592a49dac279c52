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
