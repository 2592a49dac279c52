import type { ResolvedBackoff } from "./options";

/**
 * Delay before reconnect attempt number `attempt` (0 for the first retry):
 * `min(maxMs, minMs * factor^attempt)`, spread by ±`jitter` so that clients
 * dropped together do not come back together, and never above `maxMs`.
 */
export function backoffDelay(
  attempt: number,
  backoff: ResolvedBackoff,
  random: () => number = Math.random,
): number {
  const base = Math.min(backoff.maxMs, backoff.minMs * backoff.factor ** attempt);
  const spread = 1 + backoff.jitter * (2 * random() - 1);
  return Math.max(0, Math.min(backoff.maxMs, base * spread));
}
