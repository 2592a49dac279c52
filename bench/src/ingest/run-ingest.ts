import type { Corpus } from "../corpus";
import { collectGarbage, median } from "../harness/stats";
import {
  runHandwritten,
  runKept,
  runLimit,
  runUnilink,
  runValidated,
  type VariantRun,
} from "./variants";

/** The ingest variants, in report order. */
export const INGEST_VARIANTS = ["limit", "unilink", "handwritten", "validated", "kept"] as const;

/** One of {@link INGEST_VARIANTS}. */
export type IngestVariant = (typeof INGEST_VARIANTS)[number];

/** Median result of one variant. */
export interface VariantResult {
  medianMs: number;
  eventsPerSecond: number;
  roundsMs: number[];
  /** Frames refused in the median round (should be 0 for a valid corpus). */
  refused: number;
}

/** Result of {@link runIngestBenchmark}. */
export interface IngestResult {
  frames: number;
  rounds: number;
  burst: number;
  variants: Record<IngestVariant, VariantResult>;
  /** unilink events/s divided by limit events/s. */
  unilinkPerLimit: number;
  /** unilink events/s divided by handwritten events/s. */
  unilinkPerHandwritten: number;
  /** validated events/s divided by limit events/s: the ceiling of any validated path. */
  validatedPerLimit: number;
  /** kept events/s divided by limit events/s: the ceiling of any validated path with a store. */
  keptPerLimit: number;
}

/** Options of {@link runIngestBenchmark}. */
export interface IngestOptions {
  /** Timed rounds per variant. Default 5. */
  rounds?: number;
  /** Frames per macrotask. Default 100. */
  burst?: number;
  /** Untimed frames run through every variant first, to warm the JIT. Default 5,000. */
  warmupFrames?: number;
}

function run(variant: IngestVariant, corpus: Corpus, burst: number): Promise<VariantRun> {
  if (variant === "limit") return Promise.resolve(runLimit(corpus.frames));
  if (variant === "handwritten") return runHandwritten(corpus, burst);
  if (variant === "validated") return runValidated(corpus, burst);
  if (variant === "kept") return runKept(corpus, burst);
  return runUnilink(corpus, burst);
}

/**
 * Runs every variant on the same frames in the same process, `rounds`
 * times, rotating the order each round so no variant always runs first
 * (or right after the heaviest one); reports medians.
 */
export async function runIngestBenchmark(
  corpus: Corpus,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const rounds = options.rounds ?? 5;
  const burst = options.burst ?? 100;
  const warmup = { ...corpus, frames: corpus.frames.slice(0, options.warmupFrames ?? 5_000) };
  for (const variant of INGEST_VARIANTS) await run(variant, warmup, burst);

  const runs: Record<IngestVariant, VariantRun[]> = {
    limit: [],
    unilink: [],
    handwritten: [],
    validated: [],
    kept: [],
  };
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < INGEST_VARIANTS.length; k++) {
      const variant = INGEST_VARIANTS[(round + k) % INGEST_VARIANTS.length] as IngestVariant;
      collectGarbage();
      runs[variant].push(await run(variant, corpus, burst));
    }
  }

  const frames = corpus.frames.length;
  const summarize = (list: VariantRun[]): VariantResult => {
    const roundsMs = list.map((r) => r.ms);
    const medianMs = median(roundsMs);
    const closest = list.reduce((a, b) =>
      Math.abs(b.ms - medianMs) < Math.abs(a.ms - medianMs) ? b : a,
    );
    return {
      medianMs,
      eventsPerSecond: (frames / medianMs) * 1000,
      roundsMs,
      refused: closest.refused,
    };
  };
  const variants = {
    limit: summarize(runs.limit),
    unilink: summarize(runs.unilink),
    handwritten: summarize(runs.handwritten),
    validated: summarize(runs.validated),
    kept: summarize(runs.kept),
  };
  const perLimit = (variant: IngestVariant) =>
    variants[variant].eventsPerSecond / variants.limit.eventsPerSecond;
  return {
    frames,
    rounds,
    burst,
    variants,
    unilinkPerLimit: perLimit("unilink"),
    unilinkPerHandwritten: variants.unilink.eventsPerSecond / variants.handwritten.eventsPerSecond,
    validatedPerLimit: perLimit("validated"),
    keptPerLimit: perLimit("kept"),
  };
}
