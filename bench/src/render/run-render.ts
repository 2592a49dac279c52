import { generateCorpus } from "../corpus";
import { installDom } from "../harness/dom";
import type { AppKind, Delivery, RenderRun } from "./measure-app";

/** Result of {@link runRenderBenchmark}: one run per app and delivery. */
export interface RenderResult {
  rows: number;
  threadMessages: number;
  events: number;
  runs: Record<AppKind, Record<Delivery, RenderRun>>;
}

/** Options of {@link runRenderBenchmark}. */
export interface RenderOptions {
  /** Conversation rows. Default 1,000. */
  rows?: number;
  /** Messages of the open thread before the burst. Default 500. */
  threadMessages?: number;
  /** Events in the burst. Default 1,000. */
  events?: number;
}

/**
 * 1,000 conversation rows and an open thread of 500 messages, then a burst
 * of 1,000 mixed events as frames; once with @unilink/react's hooks and
 * once with a one-context-value baseline, for both ways a socket delivers
 * frames. Runs in jsdom (installed here when absent).
 */
export async function runRenderBenchmark(options: RenderOptions = {}): Promise<RenderResult> {
  const rows = options.rows ?? 1_000;
  const threadMessages = options.threadMessages ?? 500;
  const corpus = generateCorpus({
    conversations: rows,
    frames: options.events ?? 1_000,
    announceConversations: true,
    threadMessages,
  });
  const uninstall = installDom();
  try {
    // React DOM looks for `window` when it is first imported: load it after the DOM exists.
    const { measureApp } = await import("./measure-app");
    const run = async (kind: AppKind) => ({
      "one-task": await measureApp(kind, corpus, "one-task"),
      "task-per-frame": await measureApp(kind, corpus, "task-per-frame"),
    });
    const runs = { unilink: await run("unilink"), context: await run("context") };
    return { rows, threadMessages, events: corpus.frames.length, runs };
  } finally {
    uninstall();
  }
}
