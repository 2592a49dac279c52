import type { AgentInit, ContactInit } from "../server/directory";

/**
 * What the platform needs from a socket server: register tokens and
 * broadcast. `CableServerLogic` (and so the fake server) provides it.
 */
export interface PlatformCable {
  /** Lets an agent subscribe with its pubsub token. */
  addAgent(init: AgentInit): void;
  /** Lets a contact session subscribe with its pubsub token. */
  addContact(init: ContactInit): void;
  /** Replaces a token: the old one stops working, like a password change. */
  rotateToken(oldToken: string, newToken: string): void;
  /** Sends `{event, data}` to every subscription on `stream`; returns the sockets reached. */
  broadcast(stream: string, event: string, data: unknown): number;
}

/** One event the platform sent (or queued while held). */
export interface SentEvent {
  event: string;
  /** Pubsub tokens it went to. */
  streams: string[];
  data: Record<string, unknown>;
}

/**
 * Fans events out to streams. Events can be held (queued) to reorder them
 * against REST answers in tests, then released in order or dropped.
 */
export class EventBus {
  /** Every event sent, in order (held ones once released). */
  readonly log: SentEvent[] = [];
  #held: SentEvent[] | undefined;

  constructor(private readonly cable: PlatformCable | undefined) {}

  /** Sends `event` to each stream, or queues it while held. */
  send(event: string, streams: string[], data: Record<string, unknown>): void {
    const sent = { event, streams: [...new Set(streams)], data };
    if (this.#held) this.#held.push(sent);
    else this.#deliver(sent);
  }

  /** Queues events instead of sending them, until {@link release}. */
  hold(): void {
    this.#held ??= [];
  }

  /** Sends the queued events in order (or forgets them with `drop`) and stops holding. */
  release(options: { drop?: boolean } = {}): number {
    const held = this.#held ?? [];
    this.#held = undefined;
    if (!options.drop) for (const sent of held) this.#deliver(sent);
    return held.length;
  }

  #deliver(sent: SentEvent): void {
    this.log.push(sent);
    for (const stream of sent.streams) this.cable?.broadcast(stream, sent.event, sent.data);
  }
}
