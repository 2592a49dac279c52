import type { BenchConfig } from "./config";
import { generateCorpus } from "./corpus";
import { INGEST_VARIANTS, type IngestResult, runIngestBenchmark } from "./ingest/run-ingest";
import { type LivenessResult, runLivenessBenchmark } from "./liveness/run-liveness";
import { type MemoryResult, runMemoryBenchmark } from "./memory/run-memory";
import { type RenderResult, runRenderBenchmark } from "./render/run-render";
import { describeMachine, type MachineInfo } from "./report/machine";
import { runScalingBenchmark, type ScalingResult } from "./scaling/run-scaling";

/** What the ingest corpus looked like. */
export interface CorpusSummary {
  frames: number;
  conversations: number;
  counts: Record<string, number>;
  averageFrameChars: number;
  generationMs: number;
}

/** Everything one run measured. */
export interface BenchResults {
  config: BenchConfig;
  machine: MachineInfo;
  startedAt: string;
  durationMs: number;
  corpus?: CorpusSummary;
  /** The full corpus. */
  ingest?: IngestResult;
  /** Its first tenth (`config.frames / 10` frames), to see whether cost grows as the store fills. */
  ingestTenth?: IngestResult;
  scaling?: ScalingResult;
  render?: RenderResult;
  memory?: MemoryResult;
  liveness?: LivenessResult;
}

/** The benchmarks, in run order. */
export const BENCHMARKS = ["ingest", "scaling", "render", "memory", "liveness"] as const;

/** One of {@link BENCHMARKS}. */
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** Progress callbacks of {@link runBenchmarks}. */
export interface BenchProgress {
  /** A benchmark is starting. */
  log?: (line: string) => void;
  /** A benchmark finished; its result is in `results`. */
  done?: (name: BenchmarkName, results: BenchResults) => void;
}

/** Runs the chosen benchmarks one after the other. */
export async function runBenchmarks(
  config: BenchConfig,
  only: readonly BenchmarkName[] = BENCHMARKS,
  progress: BenchProgress = {},
): Promise<BenchResults> {
  const log = progress.log ?? (() => {});
  const done = progress.done ?? (() => {});
  const started = performance.now();
  const results: BenchResults = {
    config,
    machine: describeMachine(),
    startedAt: new Date().toISOString(),
    durationMs: 0,
  };
  if (only.includes("ingest")) {
    log(`ingest: generating ${config.frames} frames over ${config.conversations} conversations`);
    const t = performance.now();
    const corpus = generateCorpus({ frames: config.frames, conversations: config.conversations });
    results.corpus = {
      frames: corpus.frames.length,
      conversations: config.conversations,
      counts: corpus.counts,
      averageFrameChars: corpus.chars / corpus.frames.length,
      generationMs: performance.now() - t,
    };
    const ingestOptions = {
      rounds: config.rounds,
      burst: config.burst,
      warmupFrames: config.warmupFrames,
    };
    const tenth = { ...corpus, frames: corpus.frames.slice(0, Math.ceil(config.frames / 10)) };
    log(
      `ingest: ${tenth.frames.length} frames, ${config.rounds} rounds x ${INGEST_VARIANTS.length} variants`,
    );
    results.ingestTenth = await runIngestBenchmark(tenth, ingestOptions);
    log(
      `ingest: ${corpus.frames.length} frames, ${config.rounds} rounds x ${INGEST_VARIANTS.length} variants`,
    );
    results.ingest = await runIngestBenchmark(corpus, ingestOptions);
    done("ingest", results);
  }
  if (only.includes("scaling")) {
    log("scaling: one message.created per batch, small vs large thread and account");
    results.scaling = runScalingBenchmark(config.scaling);
    done("scaling", results);
  }
  if (only.includes("render")) {
    log("render: @unilink/react vs one context value");
    results.render = await runRenderBenchmark(config.render);
    done("render", results);
  }
  if (only.includes("memory")) {
    log("memory: retained heap, store vs plain array");
    results.memory = await runMemoryBenchmark(config.memory);
    done("memory", results);
  }
  if (only.includes("liveness")) {
    log("liveness: half-open and restart against the fake server");
    results.liveness = await runLivenessBenchmark(config.liveness);
    done("liveness", results);
  }
  results.durationMs = performance.now() - started;
  return results;
}
