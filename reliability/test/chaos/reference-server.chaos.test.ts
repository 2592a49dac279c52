import type { UniLinkClient } from "@unilink/core";
import {
  type ReferenceServer,
  startReferenceServer,
} from "@unilink/reference-server/test/support/reference-server";
import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_PROCESS,
  REFERENCE_AGENT,
  type ReferenceRun,
  runThroughReferenceServer,
} from "../support/chaos-reference-run";
import { planReferenceRun } from "../support/chaos-reference-traffic";
import { CHAOS_REFERENCE } from "../support/chaos-sizes";
import { buildIdentifier } from "../support/core-internals";
import { storeViolations } from "../support/store-invariants";

function summary(run: ReferenceRun, broadcasts: number): string {
  const counts = new Set(run.received);
  const outage = broadcasts + 1 - run.covered.length;
  const outageReceived = [...counts].filter((id) => !run.covered.includes(id)).length;
  const overtaken = run.received.filter((id, i) =>
    run.received.slice(i + 1).some((later) => later < id),
  );
  return (
    `[chaos] real ActionCable (2 puma + Redis), seed ${CHAOS_REFERENCE.seed}: ${broadcasts} broadcasts, ` +
    `${run.covered.length - 1} while subscribed, ${outage} during outages (${outageReceived} of those received), ` +
    `${overtaken.length} arrived before an older one, faults: process 2 crash + ActionCable restart, ` +
    `${run.confirmations - 1} resubscriptions, ${run.seconds.toFixed(1)} s`
  );
}

/**
 * The platform never replays: a broadcast while the client is away is gone
 * (the REST resync covers that, tested against the fake platform). Here the
 * claim is narrower and holds on the real server: what is broadcast while the
 * client is subscribed arrives exactly once and shows in order, and after its
 * process crashes or restarts it resubscribes (once) and receives again.
 */
describe("chaos: the real Rails ActionCable server, two puma processes on Redis", () => {
  let server: ReferenceServer | undefined;
  let client: UniLinkClient | undefined;

  afterEach(async () => {
    client?.destroy();
    client = undefined;
    await server?.stop();
    server = undefined;
  });

  it(
    `delivers every broadcast made while subscribed exactly once, in order, through a crash and a restart (${CHAOS_REFERENCE.messages} messages)`,
    async () => {
      const plan = planReferenceRun(
        CHAOS_REFERENCE.messages,
        CHAOS_REFERENCE.conversations,
        CHAOS_REFERENCE.seed,
      );
      const { token, accountId, userId } = REFERENCE_AGENT;
      server = await startReferenceServer({
        redis: true,
        processes: 2,
        tokens: { agents: [{ token, account_id: accountId, user_id: userId }] },
      });
      const run = await runThroughReferenceServer(server, plan, (created) => {
        client = created;
      });
      console.log(summary(run, plan.broadcasts.length));

      const counts = new Map<number, number>();
      for (const id of run.received) counts.set(id, (counts.get(id) ?? 0) + 1);
      expect(run.covered.filter((id) => counts.get(id) !== 1)).toEqual([]);
      expect([...counts].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
      // Arrival order is not broadcast order on this server (its worker threads race), so "in
      // order" is what the user sees: each thread lists exactly its received ids, oldest first.
      const state = run.client.store.getState();
      expect(storeViolations(state)).toEqual([]);
      for (const conversationId of new Set(run.conversationOf.values())) {
        const expected = [...counts.keys()]
          .filter((id) => run.conversationOf.get(id) === conversationId)
          .sort((a, b) => a - b);
        const list = state.messages[conversationId];
        const shown = (list?.ids ?? []).map((key) => list?.byId[key]?.id);
        expect(shown, `conversation ${conversationId}`).toEqual(expected);
      }
      // After each fault the client came back: something broadcast later, while subscribed, arrived
      // (at the latest the closing broadcast, sent once it reported `connected` again).
      for (const [fault, firstAfter] of run.faultAt) {
        const after = run.covered.filter((id) => id >= firstAfter);
        expect(after.length, `broadcasts received after the ${fault}`).toBeGreaterThan(0);
      }
      expect(run.faultAt.size).toBe(2);
      expect(run.confirmations).toBeGreaterThanOrEqual(3);
      // Resubscribed once: a second subscription would deliver every broadcast twice.
      const identifier = buildIdentifier({ pubsubToken: token, accountId, userId });
      const health = await server.health(CLIENT_PROCESS);
      const subscriptions = health.connections.flatMap((c) => c.subscriptions);
      expect(subscriptions.filter((s) => s === identifier)).toHaveLength(1);
      const unexpected = run.errors.filter((e) => e.code !== "transport");
      expect(unexpected.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    },
    60_000 + CHAOS_REFERENCE.messages * 30,
  );
});
