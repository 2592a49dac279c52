import { render } from "@testing-library/react";
import type { Corpus } from "../corpus";
import { connectBenchClient } from "../harness/bench-client";
import { nextMacrotask } from "../harness/stats";
import { ContextApp } from "./context-app";
import { counters, resetCounters } from "./counters";
import { UniLinkApp } from "./unilink-app";

/** Which app to render. */
export type AppKind = "unilink" | "context";

/** How the burst reaches the socket: all frames in one macrotask (one socket read, as Node's `ws` does), or one frame per macrotask (as browsers dispatch WebSocket messages). */
export type Delivery = "one-task" | "task-per-frame";

/** What one burst cost. */
export interface RenderRun {
  /** Component renders during the burst. */
  renders: number;
  /** React commits during the burst. */
  commits: number;
  /** From the first frame to the last commit, milliseconds. */
  ms: number;
}

// Waits until React has nothing left to do: counters unchanged over several macrotasks.
async function settle(): Promise<void> {
  let stable = 0;
  let last = -1;
  while (stable < 5) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextMacrotask();
    const now = counters.renders + counters.commits * 1e9;
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

/**
 * Mounts `kind` over a real client (setup frames already applied: every
 * conversation and the open thread's history), then drives the burst into
 * the client's socket as frames and counts renders and commits until React
 * is idle. Mounting is done inside act(); the burst is not, like in an app.
 */
export async function measureApp(
  kind: AppKind,
  corpus: Corpus,
  delivery: Delivery,
): Promise<RenderRun> {
  const bench = await connectBenchClient(corpus.identifier);
  const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  try {
    await bench.feed(corpus.setup, 500);
    const App = kind === "unilink" ? UniLinkApp : ContextApp;
    const openId = corpus.conversationIds[0] ?? 0;
    global.IS_REACT_ACT_ENVIRONMENT = true;
    const view = render(
      <App client={bench.client} conversationIds={corpus.conversationIds} openId={openId} />,
    );
    global.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await settle();
      resetCounters();
      const start = performance.now();
      await bench.feed(corpus.frames, delivery === "one-task" ? corpus.frames.length : 1);
      const fed = performance.now();
      await settle();
      const end = Math.max(fed, counters.lastCommitAt);
      return { renders: counters.renders, commits: counters.commits, ms: end - start };
    } finally {
      global.IS_REACT_ACT_ENVIRONMENT = true;
      view.unmount();
    }
  } finally {
    bench.destroy();
  }
}
