import { createUniLinkClient, type UniLinkClient, type UniLinkClientOptions } from "@unilink/core";
import { createFakeUniLinkServer, type FakeUniLinkServer } from "@unilink/testing";
import { WebSocket } from "ws";
import { median } from "../harness/stats";
import { whenStatus } from "./status-watch";

/** Median and worst of one measured interval over the trials, milliseconds. */
export interface IntervalStats {
  medianMs: number;
  maxMs: number;
  samplesMs: number[];
}

/** Result of {@link runLivenessBenchmark}. */
export interface LivenessResult {
  /** `server.freeze()` -> the client's status leaves `connected`. */
  halfOpenNoticed: IntervalStats;
  /** Statuses the client left `connected` for (expected: `reconnecting`). */
  noticedAs: string[];
  /** `server.unfreeze()` (right after the notice) -> status `connected` again (subscription confirmed). */
  recoveredAfterUnfreeze: IntervalStats;
  /** `server.restart()` downtime over (server reachable) -> status `connected` (subscription confirmed). */
  resubscribedAfterRestart: IntervalStats;
  /** Server ping period and client options used. */
  pingIntervalMs: number;
  restartDowntimeMs: number;
}

/** Options of {@link runLivenessBenchmark}. */
export interface LivenessOptions {
  /** Half-open trials. Default 3. */
  freezeTrials?: number;
  /** Restart trials. Default 5. */
  restartTrials?: number;
  /** Server ping period and client `pingIntervalMs`. Default 3000 (the client default). */
  pingIntervalMs?: number;
  /** Server downtime of each restart. Default 500. */
  restartDowntimeMs?: number;
  /** Extra client options (the smoke run shortens the backoff). Default: none. */
  client?: Partial<UniLinkClientOptions>;
}

function stats(samples: number[]): IntervalStats {
  return { medianMs: median(samples), maxMs: Math.max(...samples), samplesMs: samples };
}

const TOKEN = "liveness-token";

/**
 * Runs the real client against the fake server over loopback with default
 * liveness options (pingIntervalMs 3000, staleAfterPings 2) and measures:
 * how long a half-open server goes unnoticed, how fast the client is back
 * after it thaws, and how fast it resubscribes after a server restart.
 */
export async function runLivenessBenchmark(options: LivenessOptions = {}): Promise<LivenessResult> {
  const pingIntervalMs = options.pingIntervalMs ?? 3_000;
  const restartDowntimeMs = options.restartDowntimeMs ?? 500;
  const windowMs = pingIntervalMs * 2;
  let server: FakeUniLinkServer | undefined;
  let client: UniLinkClient | undefined;
  try {
    server = await createFakeUniLinkServer({ pingIntervalMs });
    server.addAgent({ token: TOKEN, accountId: 1, userId: 1 });
    client = createUniLinkClient({
      url: server.url,
      pubsubToken: TOKEN,
      accountId: 1,
      userId: 1,
      WebSocket: WebSocket as unknown as UniLinkClientOptions["WebSocket"],
      pingIntervalMs,
      ...options.client,
    });
    // Generous limits: they only turn a hung run into an error, they measure nothing.
    const limitMs = windowMs * 10 + 30_000;
    const connected = (c: UniLinkClient) => whenStatus(c, (s) => s === "connected", limitMs);
    const leaves = (c: UniLinkClient) => whenStatus(c, (s) => s !== "connected", limitMs);
    client.connect();
    await connected(client);

    const noticed: number[] = [];
    const noticedAs: string[] = [];
    const recovered: number[] = [];
    for (let trial = 0; trial < (options.freezeTrials ?? 3); trial++) {
      const frozenAt = performance.now();
      const leaving = leaves(client);
      server.freeze();
      const left = await leaving;
      noticed.push(left.at - frozenAt);
      noticedAs.push(left.status);
      const back = connected(client);
      const thawedAt = performance.now();
      server.unfreeze();
      recovered.push((await back).at - thawedAt);
    }

    const resubscribed: number[] = [];
    for (let trial = 0; trial < (options.restartTrials ?? 5); trial++) {
      const left = leaves(client);
      const restarted = server.restart({ downtimeMs: restartDowntimeMs });
      await left;
      const back = connected(client);
      await restarted;
      const reachableAt = performance.now();
      resubscribed.push(Math.max(0, (await back).at - reachableAt));
    }

    return {
      halfOpenNoticed: stats(noticed),
      noticedAs,
      recoveredAfterUnfreeze: stats(recovered),
      resubscribedAfterRestart: stats(resubscribed),
      pingIntervalMs,
      restartDowntimeMs,
    };
  } finally {
    client?.destroy();
    await server?.close();
  }
}
