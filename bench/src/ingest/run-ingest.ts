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

/** How each variant runs (the type makes every variant have a row). */
const runners: Record<IngestVariant, (corpus: Corpus, burst: number) => Promise<VariantRun>> = {
  limit: (corpus) => Promise.resolve(runLimit(corpus.frames)),
  unilink: runUnilink,
  handwritten: runHandwritten,
  validated: runValidated,
  kept: runKept,
};

/** `{ [variant]: make(variant) }` for every variant. */
function byVariant<T>(make: (variant: IngestVariant) => T): Record<IngestVariant, T> {
  return Object.fromEntries(INGEST_VARIANTS.map((v) => [v, make(v)])) as Record<IngestVariant, T>;
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
  for (const variant of INGEST_VARIANTS) await runners[variant](warmup, burst);

  const runs = byVariant((): VariantRun[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < INGEST_VARIANTS.length; k++) {
      const variant = INGEST_VARIANTS[(round + k) % INGEST_VARIANTS.length] as IngestVariant;
      collectGarbage();
      runs[variant].push(await runners[variant](corpus, burst));
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
  const variants = byVariant((variant) => summarize(runs[variant]));
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
