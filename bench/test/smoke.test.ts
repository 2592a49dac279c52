import { describe, expect, test } from "vitest";
import { SMOKE_CONFIG } from "../src/config";
import { generateCorpus } from "../src/corpus";
import { runIngestBenchmark } from "../src/ingest/run-ingest";
import { runLivenessBenchmark } from "../src/liveness/run-liveness";
import { runMemoryBenchmark } from "../src/memory/run-memory";
import { runRenderBenchmark } from "../src/render/run-render";
import { formatResults } from "../src/report/format-results";
import { runBenchmarks } from "../src/results";
import { runScalingBenchmark } from "../src/scaling/run-scaling";
import { expectAllFinite } from "./finite";

// The harness must keep working; speed is never asserted here.
describe("benchmark smoke run (tiny sizes)", () => {
  const config = SMOKE_CONFIG;

  test("the corpus is deterministic and has the requested size", () => {
    const options = { frames: 300, conversations: 20 };
    const a = generateCorpus(options);
    expect(a.frames).toHaveLength(300);
    expect(generateCorpus(options).frames).toEqual(a.frames);
    expect(generateCorpus({ ...options, seed: 7 }).frames).not.toEqual(a.frames);
  });

  test("ingest produces finite rates and ratios", async () => {
    const corpus = generateCorpus({ frames: config.frames, conversations: config.conversations });
    const result = await runIngestBenchmark(corpus, {
      rounds: config.rounds,
      burst: config.burst,
      warmupFrames: config.warmupFrames,
    });
    expectAllFinite(result);
    expect(result.variants.unilink.eventsPerSecond).toBeGreaterThan(0);
    // The ceilings validate every frame as the client does: a valid corpus has no refusals.
    const refused = Object.fromEntries(
      Object.entries(result.variants).map(([name, variant]) => [name, variant.refused]),
    );
    expect(refused).toEqual({ limit: 0, unilink: 0, handwritten: 0, validated: 0, kept: 0 });
  });

  test("scaling produces finite costs", () => {
    const result = runScalingBenchmark(config.scaling);
    expectAllFinite(result);
    expect(result.thread.large.threadMessages).toBeGreaterThan(result.thread.small.threadMessages);
  });

  test("render produces finite counts", async () => {
    const result = await runRenderBenchmark(config.render);
    expectAllFinite(result);
    expect(result.runs.unilink["one-task"].commits).toBeGreaterThan(0);
  });

  test("memory produces a finite ratio", async () => {
    const result = await runMemoryBenchmark(config.memory);
    expectAllFinite(result);
    expect(result.ratio).toBeGreaterThan(0);
  });

  test("liveness produces finite intervals", async () => {
    const result = await runLivenessBenchmark(config.liveness);
    expectAllFinite(result);
  });

  test("the report formats a run of everything", async () => {
    const results = await runBenchmarks({
      ...config,
      liveness: { ...config.liveness, freezeTrials: 1, restartTrials: 1 },
    });
    const text = formatResults(results);
    for (const heading of [
      "## Ingest",
      "## Scaling",
      "## Render",
      "## Memory",
      "## Liveness",
      "## Targets",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).not.toMatch(/NaN|Infinity/);
  });
});
