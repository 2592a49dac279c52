import { createFactories } from "@unilink/testing";
import { CorpusBuilder } from "./builder";
import { agentIdentifier, BENCH_SUBSCRIBER, encodeDataFrame, type Subscriber } from "./frame";
import { Prng } from "./prng";
import { World } from "./world";

/** Options of {@link generateCorpus}. */
export interface CorpusOptions {
  /** Frames of the mixed stream. Default 200,000. */
  frames?: number;
  /** Conversations the stream touches. Default 2,000. */
  conversations?: number;
  /** PRNG and factory seed. Default 20240601. */
  seed?: number;
  /** Before the mixed stream: `conversation.created` for every conversation. Default false. */
  announceConversations?: boolean;
  /** Before the mixed stream: this many `message.created` in conversation 0 (the open thread). Default 0. */
  threadMessages?: number;
  /** The mixed stream holds `message.created` only (memory benchmark). Default false. */
  messagesOnly?: boolean;
  /** Who receives the frames. Default {@link BENCH_SUBSCRIBER}. */
  subscriber?: Subscriber;
}

/** Frames exactly as they arrive on an agent's socket. */
export interface Corpus {
  /** The subscription identifier every frame carries. */
  identifier: string;
  /** Setup frames (announcements, thread history), in order. */
  setup: string[];
  /** The mixed stream, in order. */
  frames: string[];
  /** Frames of the mixed stream per event name. */
  counts: Record<string, number>;
  /** Display ids of the conversations, index 0 first (index 0 is the open thread). */
  conversationIds: number[];
  /** UTF-16 length of the mixed stream, summed. */
  chars: number;
}

const START_TIME = 1_717_243_200;

/**
 * Generates a deterministic corpus: the same options give the same frames,
 * byte for byte. Payloads come from `@unilink/testing`'s factories (seeded);
 * the choice of event, conversation and change comes from {@link Prng}.
 */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const total = options.frames ?? 200_000;
  const seed = options.seed ?? 20_240_601;
  const subscriber = options.subscriber ?? BENCH_SUBSCRIBER;
  const identifier = agentIdentifier(subscriber);
  const factories = createFactories(seed, {
    accountId: subscriber.accountId,
    startTime: START_TIME,
  });
  const random = new Prng(seed);
  const world = new World(
    factories,
    options.conversations ?? 2_000,
    START_TIME,
    subscriber.accountId,
  );

  let sink: string[] = [];
  const counts: Record<string, number> = {};
  const builder = new CorpusBuilder(factories, random, world, (event, data) => {
    sink.push(encodeDataFrame(identifier, event, data));
  });

  const setup = sink;
  if (options.announceConversations) {
    for (let index = 0; index < world.conversations.length; index++) {
      builder.conversationCreated(index);
    }
  }
  for (let i = 0; i < (options.threadMessages ?? 0); i++) builder.messageCreated(0);

  sink = [];
  const conversations = world.conversations.length;
  while (sink.length < total) {
    if (options.messagesOnly) builder.messageCreated(random.skewedIndex(conversations));
    else builder.mixed();
  }
  const frames = sink.slice(0, total);
  let chars = 0;
  for (const frame of frames) {
    chars += frame.length;
    const event = eventName(frame);
    counts[event] = (counts[event] ?? 0) + 1;
  }
  return {
    identifier,
    setup,
    frames,
    counts,
    conversationIds: world.conversations.map((c) => c.payload.id),
    chars,
  };
}

function eventName(frame: string): string {
  const match = /"message":\{"event":"([^"]+)"/.exec(frame);
  return match?.[1] ?? "unknown";
}
