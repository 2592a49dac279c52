/** What the render benchmark counts; module-level so components can count without props. */
export const counters = {
  /** Component function calls (rows, thread, message bubbles). */
  renders: 0,
  /** React commits (Profiler onRender calls at the root). */
  commits: 0,
  /** `performance.now()` of the last commit. */
  lastCommitAt: 0,
};

/** Zeroes {@link counters}. */
export function resetCounters(): void {
  counters.renders = 0;
  counters.commits = 0;
  counters.lastCommitAt = 0;
}

/** Profiler callback that counts commits. */
export function countCommit(): void {
  counters.commits++;
  counters.lastCommitAt = performance.now();
}
