import { createUniLinkClient, type UniLinkClient, type UniLinkClientOptions } from "@unilink/core";
import { afterAll, expect, it } from "vitest";
import { WebSocket } from "ws";
import { type FleetServer, startFleetServer } from "../support/fleet-server";
import { waitUntil } from "../support/waits";

const FLEET = Number(process.env.FLEET_CLIENTS ?? 1000);
const SHOPS = 20;
const DOWNTIME_MS = 1000;
const WINDOW_MS = 100;

let server: FleetServer | undefined;
const clients: UniLinkClient[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

/** Largest share of `times` inside any `windowMs` window. */
function busiestWindowShare(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start++) {
    while (end < sorted.length && (sorted[end] as number) < (sorted[start] as number) + windowMs)
      end++;
    best = Math.max(best, end - start);
  }
  return sorted.length === 0 ? 0 : best / sorted.length;
}

it(`a fleet of ${FLEET} widgets comes back after a server restart without a stampede`, async () => {
  server = await startFleetServer();
  const attempts: number[] = [];
  // Every socket a client opens is a connection attempt, refused or not.
  class CountingWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      attempts.push(performance.now());
      // The fake server, like Rails, negotiates no compression: skip offering it.
      super(url, protocols, { perMessageDeflate: false });
    }
  }
  const contacts = Array.from({ length: FLEET }, (_, i) => ({
    token: `fleet-${i}`,
    accountId: 1 + (i % SHOPS),
    contactId: i + 1,
  }));
  await server.addContacts(contacts);
  for (const contact of contacts) {
    clients.push(
      createUniLinkClient({
        url: server.url,
        pubsubToken: contact.token,
        WebSocket: CountingWebSocket as unknown as UniLinkClientOptions["WebSocket"],
      }),
    );
  }
  const connected = () => clients.filter((c) => c.status === "connected").length;
  // Widgets load over minutes, not in one millisecond (that would only measure the listen backlog).
  for (let i = 0; i < FLEET; i += 50) {
    for (const client of clients.slice(i, i + 50)) client.connect();
    await waitUntil(() => connected() >= i + 50 * 0.9, "a batch of the fleet", 20_000);
  }
  await waitUntil(() => connected() === FLEET, "the whole fleet", 30_000);
  expect(await server.subscriptionCount()).toBe(FLEET);

  attempts.length = 0;
  // Every client must see its socket drop and come back: on a busy machine this thread may not
  // have read the server's disconnects yet when the restart returns (statuses still "connected").
  const dropped = new Set<UniLinkClient>();
  const watches = clients.map((client) =>
    client.onStatus((status) => {
      if (status !== "connected") dropped.add(client);
    }),
  );
  const backAt = await server.restart(DOWNTIME_MS);
  // Both moments are taken in the server's thread: a busy test thread does not shift them.
  const resubscribedAt = await server.subscribedAt(FLEET, 30_000);
  await waitUntil(
    () => dropped.size === FLEET && connected() === FLEET,
    "every client dropped and connected again",
    30_000,
  );
  for (const stop of watches) stop();
  const allBackMs = resubscribedAt - backAt;
  const share = busiestWindowShare(attempts, WINDOW_MS);
  console.info(
    `fleet of ${FLEET}: ${attempts.length} attempts, busiest ${WINDOW_MS} ms window ${(share * 100).toFixed(1)}%, all resubscribed ${Math.round(allBackMs)} ms after the server came back`,
  );
  expect(await server.subscriptionCount()).toBe(FLEET);
  expect(allBackMs).toBeLessThan(10_000);
  expect(share).toBeLessThanOrEqual(0.2);
}, 120_000);
