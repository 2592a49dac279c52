/** A non-negative integer from the environment, or `fallback` (the default run's size). */
function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isInteger(value) && value >= 0
    ? value
    : fallback;
}

/** How big a chaos run against the fake platform is, and which faults it injects. */
export interface ChaosSize {
  /** Messages created in total (contacts, agents, private notes, activities). */
  messages: number;
  conversations: number;
  /** Abrupt socket drops (`dropAll`: the client sees 1006). */
  drops: number;
  /** Half-open freezes, each lifted once the client noticed it. */
  freezes: number;
  /** Server restarts with downtime. */
  restarts: number;
  /** REST answers leave the server after 0..this many ms (computed first, so they can be overtaken by newer events). */
  restLatencyMs: number;
  /** Seed of the traffic, the fault schedule and the REST latencies. */
  seed: number;
}

/**
 * The fake-platform chaos run: `CHAOS_MESSAGES`, `CHAOS_CONVERSATIONS`,
 * `CHAOS_DROPS`, `CHAOS_FREEZES`, `CHAOS_RESTARTS`, `CHAOS_REST_LATENCY_MS`,
 * `CHAOS_SEED`. Default (small) 1,000 messages, 20 conversations, 4 drops,
 * 1 freeze, 1 restart; the full run (`test:full`) 10,000 / 50 / 20 / 5 / 2.
 * REST latency up to 15 ms in both.
 */
export const CHAOS: ChaosSize = {
  messages: countFromEnv("CHAOS_MESSAGES", 1_000),
  conversations: Math.max(1, countFromEnv("CHAOS_CONVERSATIONS", 20)),
  drops: countFromEnv("CHAOS_DROPS", 4),
  freezes: countFromEnv("CHAOS_FREEZES", 1),
  restarts: countFromEnv("CHAOS_RESTARTS", 1),
  restLatencyMs: countFromEnv("CHAOS_REST_LATENCY_MS", 15),
  seed: countFromEnv("CHAOS_SEED", 20_240_601),
};

/**
 * The run through the real Rails server: `CHAOS_REF_MESSAGES` broadcasts
 * (default 300; full run 1,000) across `CHAOS_REF_CONVERSATIONS` (5).
 */
export const CHAOS_REFERENCE = {
  messages: Math.max(10, countFromEnv("CHAOS_REF_MESSAGES", 300)),
  conversations: Math.max(1, countFromEnv("CHAOS_REF_CONVERSATIONS", 5)),
  seed: countFromEnv("CHAOS_SEED", 20_240_601),
};
