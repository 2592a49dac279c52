import { SeededRandom } from "./random";

/** Options of {@link createFactories}. */
export interface FactoryOptions {
  /** Default account id of built payloads. Default 1. */
  accountId?: number;
  /** Default inbox id. Default 1. */
  inboxId?: number;
  /** Unix seconds of the first timestamp handed out. Default 1717243200 (2024-06-01T12:00:00Z). */
  startTime?: number;
}

type IdKind =
  | "contact"
  | "user"
  | "agentBot"
  | "team"
  | "conversation"
  | "contactInbox"
  | "message"
  | "attachment"
  | "notification";

/** Shared state of one factory set: ids, clock and random source. */
export class FactoryContext {
  readonly random: SeededRandom;
  readonly accountId: number;
  readonly inboxId: number;
  readonly #ids = new Map<IdKind, number>();
  #time: number;

  constructor(seed: number, options: FactoryOptions = {}) {
    this.random = new SeededRandom(seed);
    this.accountId = options.accountId ?? 1;
    this.inboxId = options.inboxId ?? 1;
    this.#time = options.startTime ?? 1_717_243_200;
  }

  /** The next id of a kind: 1, 2, 3... */
  nextId(kind: IdKind): number {
    const id = (this.#ids.get(kind) ?? 0) + 1;
    this.#ids.set(kind, id);
    return id;
  }

  /** Advances the clock by a minute and returns it (unix seconds). */
  tick(): number {
    this.#time += 60;
    return this.#time;
  }
}

/** Unix seconds -> ISO string with milliseconds, as Rails serializes times. */
export function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
