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

/** One round on a freshly filled store: the mean cost of one timed event, microseconds. */
function round({ fill, timed }: Fixture): number {
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
  return micros;
}

/**
 * Measures the stores round by round, each round visiting every store, so
 * that a change of machine load falls on all of them alike.
 */
function measureTogether(
  sizes: readonly (readonly [conversations: number, threadMessages: number])[],
  eventsPerRound: number,
  rounds: number,
): ScalingCase[] {
  const fixtures = sizes.map(([conversations, messages]) =>
    fixture(conversations, messages, eventsPerRound),
  );
  const samples = sizes.map(() => [] as number[]);
  // One untimed round first warms the JIT for every size.
  for (let index = -1; index < rounds; index++) {
    fixtures.forEach((store, at) => {
      const micros = round(store);
      if (index >= 0) samples[at]?.push(micros);
    });
  }
  return sizes.map(([conversations, threadMessages], at) => ({
    conversations,
    threadMessages,
    microsPerEvent: median(samples[at] ?? []),
  }));
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
  const [threadSmall, threadLarge, accountLarge] = measureTogether(
    [
      [smallAccount, smallThread],
      [smallAccount, largeThread],
      [largeAccount, smallThread],
    ],
    eventsPerRound,
    rounds,
  ) as [ScalingCase, ScalingCase, ScalingCase];
  const accountSmall = threadSmall;
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
