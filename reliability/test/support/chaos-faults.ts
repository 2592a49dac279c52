import type { ConnectionStatus, UniLinkClient } from "@unilink/core";
import type { FakeUniLinkServer } from "@unilink/testing";
import type { FaultKind } from "./chaos-plan";
import { waitForStore } from "./waits";

/** Statuses in which the client's subscription is live (a resync may be running). */
export function isLive(status: ConnectionStatus): boolean {
  return status === "connected" || status === "resyncing";
}

/** What one injected fault did. */
export interface FaultRecord {
  kind: FaultKind;
  /** Op index the fault started at. */
  atOp: number;
  /** From injection until the client left the live statuses. */
  noticedAfterMs: number;
}

/** How long a restart refuses new connections (503), in ms. */
export const RESTART_DOWNTIME_MS = 300;

// Generous: a freeze is noticed after two missed pings plus a check period, under load later.
const NOTICE_TIMEOUT_MS = 10_000;

/**
 * Injects one fault into a live subscription and resolves once the client
 * noticed it: waits until the client is live (so every fault hits a
 * subscribed socket), then
 * - `drop`: `dropAll()`, the client sees 1006;
 * - `freeze`: half-open server (TCP up, nothing sent, input ignored, new
 *   sockets held in CONNECTING) until the client's liveness check gives up
 *   on it, then `unfreeze()`;
 * - `restart`: `disconnect/server_restart`, then 503s for {@link RESTART_DOWNTIME_MS}.
 * Reconnecting and resyncing are left to the client, while traffic goes on.
 */
export async function injectFault(
  kind: FaultKind,
  atOp: number,
  server: FakeUniLinkServer,
  client: UniLinkClient,
): Promise<FaultRecord> {
  await waitForStore(
    client.store,
    (s) => isLive(s.status),
    `live before ${kind}`,
    NOTICE_TIMEOUT_MS,
  );
  const noticed = waitForStore(
    client.store,
    (s) => !isLive(s.status),
    `the client noticing a ${kind}`,
    NOTICE_TIMEOUT_MS,
  );
  const started = performance.now();
  let noticedAfterMs = 0;
  const mark = noticed.then(() => {
    noticedAfterMs = performance.now() - started;
  });
  switch (kind) {
    case "drop":
      server.dropAll();
      await mark;
      break;
    case "freeze":
      server.freeze();
      try {
        await mark;
      } finally {
        server.unfreeze();
      }
      break;
    case "restart":
      await Promise.all([server.restart({ downtimeMs: RESTART_DOWNTIME_MS }), mark]);
      break;
  }
  return { kind, atOp, noticedAfterMs };
}
