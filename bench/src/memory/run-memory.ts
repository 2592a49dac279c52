import { generateCorpus } from "../corpus";
import { connectBenchClient } from "../harness/bench-client";
import { retainedHeap } from "./heap";

/** Result of {@link runMemoryBenchmark}. */
export interface MemoryResult {
  messages: number;
  /** Bytes retained by the parsed messages in a plain array. */
  arrayBytes: number;
  /** Bytes retained by the client's store holding the same messages. */
  storeBytes: number;
  /** storeBytes / arrayBytes. */
  ratio: number;
  /** Messages the store actually holds (sanity check). */
  storedMessages: number;
}

/** Options of {@link runMemoryBenchmark}. */
export interface MemoryOptions {
  /** Messages to hold. Default 100,000. */
  messages?: number;
  /** Conversations they belong to. Default 2,000. */
  conversations?: number;
}

/**
 * Retained heap of `messages` messages: first as the objects JSON.parse
 * makes of their frames, kept in one array; then in the store of a real
 * client fed the same frames. The frames themselves are held throughout
 * and are part of neither number.
 */
export async function runMemoryBenchmark(options: MemoryOptions = {}): Promise<MemoryResult> {
  const messages = options.messages ?? 100_000;
  const corpus = generateCorpus({
    frames: messages,
    conversations: options.conversations ?? 2_000,
    messagesOnly: true,
  });

  let before = retainedHeap();
  let array: unknown[] | undefined = corpus.frames.map((frame) => JSON.parse(frame).message.data);
  const arrayBytes = retainedHeap() - before;
  if (array.length !== messages) throw new Error("memory benchmark: lost messages");
  array = undefined;

  before = retainedHeap();
  const bench = await connectBenchClient(corpus.identifier);
  await bench.feed(corpus.frames, 100);
  const storeBytes = retainedHeap() - before;
  let storedMessages = 0;
  for (const list of Object.values(bench.client.store.getState().messages)) {
    storedMessages += list.ids.length;
  }
  bench.destroy();
  return { messages, arrayBytes, storeBytes, ratio: storeBytes / arrayBytes, storedMessages };
}
