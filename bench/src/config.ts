import type { LivenessOptions } from "./liveness/run-liveness";
import type { MemoryOptions } from "./memory/run-memory";
import type { RenderOptions } from "./render/run-render";
import type { ScalingOptions } from "./scaling/run-scaling";

/** Sizes of one benchmark run. */
export interface BenchConfig {
  /** Frames of the ingest corpus. */
  frames: number;
  /** Conversations of the ingest corpus. */
  conversations: number;
  /** Timed ingest rounds per variant. */
  rounds: number;
  /** Frames per macrotask in the ingest benchmark. */
  burst: number;
  /** Untimed frames per variant before the ingest rounds. */
  warmupFrames: number;
  scaling: ScalingOptions;
  render: RenderOptions;
  memory: MemoryOptions;
  liveness: LivenessOptions;
}

/** `pnpm bench`: the sizes of the brief. */
export const FULL_CONFIG: BenchConfig = {
  frames: 200_000,
  conversations: 2_000,
  // Three rounds swung the 200k-frame medians by about 10% between full runs on 2 cores.
  rounds: 5,
  burst: 100,
  warmupFrames: 5_000,
  scaling: {
    threadSizes: [10, 10_000],
    accountSizes: [100, 10_000],
    eventsPerRound: 20,
    rounds: 25,
  },
  render: { rows: 1_000, threadMessages: 500, events: 1_000 },
  memory: { messages: 100_000, conversations: 2_000 },
  liveness: { freezeTrials: 3, restartTrials: 5, pingIntervalMs: 3_000, restartDowntimeMs: 500 },
};

/** The test suite's smoke run: every benchmark, tiny, fast timers. */
export const SMOKE_CONFIG: BenchConfig = {
  frames: 2_000,
  conversations: 50,
  rounds: 2,
  burst: 100,
  warmupFrames: 200,
  scaling: { threadSizes: [10, 200], accountSizes: [20, 200], eventsPerRound: 5, rounds: 2 },
  render: { rows: 30, threadMessages: 20, events: 60 },
  memory: { messages: 2_000, conversations: 50 },
  liveness: {
    freezeTrials: 1,
    restartTrials: 1,
    pingIntervalMs: 100,
    restartDowntimeMs: 100,
    client: { backoff: { minMs: 20, maxMs: 100 }, connectTimeoutMs: 1_000 },
  },
};
