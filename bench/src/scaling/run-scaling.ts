import { createUniLinkStore, parseEvent, type UniLinkEvent } from "@unilink/core";
import { createFactories } from "@unilink/testing";
import { BENCH_SUBSCRIBER } from "../corpus";
import { collectGarbage, median } from "../harness/stats";

/** One store size and what one event costs in it. */
export interface ScalingCase {
  /** Conversations in the account. */
  conversations: number;
  /** Messages in the thread that receives the events. */
  threadMessages: number;
  /** Median over rounds of the mean cost of one event, microseconds. */
  microsPerEvent: number;
}

/** Result of {@link runScalingBenchmark}: pairs of a small and a large store. */
export interface ScalingResult {
  /** Timed events per round, each dispatched alone (one event per batch). */
  eventsPerRound: number;
  rounds: number;
  thread: { small: ScalingCase; large: ScalingCase; ratio: number };
  account: { small: ScalingCase; large: ScalingCase; ratio: number };
}

/** Options of {@link runScalingBenchmark}. */
export interface ScalingOptions {
  /** Messages of the small and large thread. Default 10 and 10,000. */
  threadSizes?: readonly [number, number];
  /** Conversations of the small and large account. Default 100 and 10,000. */
  accountSizes?: readonly [number, number];
  /** Timed `message.created` per round. Default 20. */
  eventsPerRound?: number;
  /** Rounds per case, each on a freshly filled store. Default 25. */
  rounds?: number;
}

function parsed(name: string, data: unknown): UniLinkEvent {
  const result = parseEvent({ event: name, data });
  if (!result.ok) throw new Error(`scaling benchmark: invalid ${name}: ${result.error.message}`);
  return result.event;
}

interface Fixture {
  /** Events that fill the store (one batch, untimed). */
  fill: UniLinkEvent[];
  /** The timed `message.created` events, newest last, into the filled thread. */
  timed: UniLinkEvent[];
}

/** An account of `conversations` conversations; the first holds `threadMessages` messages. */
function fixture(conversations: number, threadMessages: number, timedEvents: number): Fixture {
  const factories = createFactories(7, { accountId: BENCH_SUBSCRIBER.accountId });
  const payloads = Array.from({ length: conversations }, () => factories.conversation());
  const target = payloads[0];
  if (!target) throw new Error("scaling benchmark: needs at least one conversation");
  const message = (index: number) =>
    factories.message({ message_type: index % 2 === 0 ? 0 : 1 }, { conversation: target });
  const fill = payloads.map((payload) => parsed("conversation.created", payload));
  for (let index = 0; index < threadMessages; index++) {
    fill.push(parsed("message.created", message(index)));
  }
  const timed = Array.from({ length: timedEvents }, (_, index) =>
    parsed("message.created", message(index)),
  );
  return { fill, timed };
}

function measure(
  conversations: number,
  threadMessages: number,
  eventsPerRound: number,
  rounds: number,
): ScalingCase {
  const { fill, timed } = fixture(conversations, threadMessages, eventsPerRound);
  const samples: number[] = [];
  // One untimed round first warms the JIT for this size.
  for (let round = -1; round < rounds; round++) {
    const controller = createUniLinkStore({ accountId: BENCH_SUBSCRIBER.accountId });
    let notifications = 0;
    controller.store.subscribe(() => notifications++);
    controller.dispatch(fill);
    collectGarbage();
    const start = performance.now();
    for (const event of timed) controller.dispatch([event]);
    const micros = ((performance.now() - start) * 1000) / timed.length;
    controller.destroy();
    if (notifications < timed.length) throw new Error("scaling benchmark: an event was dropped");
    if (round >= 0) samples.push(micros);
  }
  return { conversations, threadMessages, microsPerEvent: median(samples) };
}

/**
 * The store's cost of one `message.created`, dispatched alone (one event per
 * batch, as a quiet socket delivers it), in a small and a large store: a
 * thread of 10 vs 10,000 messages (100 conversations), and an account of
 * 100 vs 10,000 conversations (a 10-message thread). Events are parsed
 * beforehand: only the store's work is timed.
 */
export function runScalingBenchmark(options: ScalingOptions = {}): ScalingResult {
  const [smallThread, largeThread] = options.threadSizes ?? [10, 10_000];
  const [smallAccount, largeAccount] = options.accountSizes ?? [100, 10_000];
  const eventsPerRound = options.eventsPerRound ?? 20;
  const rounds = options.rounds ?? 25;
  const run = (conversations: number, messages: number) =>
    measure(conversations, messages, eventsPerRound, rounds);
  const threadSmall = run(smallAccount, smallThread);
  const threadLarge = run(smallAccount, largeThread);
  const accountSmall = threadSmall;
  const accountLarge = run(largeAccount, smallThread);
  return {
    eventsPerRound,
    rounds,
    thread: {
      small: threadSmall,
      large: threadLarge,
      ratio: threadLarge.microsPerEvent / threadSmall.microsPerEvent,
    },
    account: {
      small: accountSmall,
      large: accountLarge,
      ratio: accountLarge.microsPerEvent / accountSmall.microsPerEvent,
    },
  };
}
