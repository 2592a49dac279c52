/** A positive integer from the environment, or `fallback` (the default run's size). */
function sizeFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Frames pushed through decode, ingest and store (`FUZZ_FRAMES`; full run 100,000). */
export const FUZZ_FRAMES = sizeFromEnv("FUZZ_FRAMES", 10_000);

/** Frames pushed through a real client over a socket (`CLIENT_FUZZ_FRAMES`; default {@link FUZZ_FRAMES}). */
export const CLIENT_FUZZ_FRAMES = sizeFromEnv("CLIENT_FUZZ_FRAMES", FUZZ_FRAMES);

/** Mount/unmount cycles of `<UniLinkProvider>` (`LEAK_CYCLES`; full run 1,000). */
export const LEAK_CYCLES = sizeFromEnv("LEAK_CYCLES", 1_000);

/** Typing and presence events of the memory test (`CHURN_EVENTS`; full run 100,000). */
export const CHURN_EVENTS = sizeFromEnv("CHURN_EVENTS", 10_000);

/** A test timeout that grows with the work: `fixedMs` plus `perUnitMs` for each unit. */
export function timeoutFor(units: number, perUnitMs: number, fixedMs = 10_000): number {
  return Math.round(fixedMs + units * perUnitMs);
}

/** `FUZZ_SEED` replays a fuzz run that failed (fast-check prints the seed). */
export const FUZZ_SEED: number | undefined = process.env.FUZZ_SEED
  ? Number.parseInt(process.env.FUZZ_SEED, 10)
  : undefined;
