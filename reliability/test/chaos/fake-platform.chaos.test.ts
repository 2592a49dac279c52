import { afterEach, describe, expect, it } from "vitest";
import type { FaultRecord } from "../support/chaos-faults";
import { planChaos } from "../support/chaos-plan";
import { isInjectedFault, playChaos, quiesce } from "../support/chaos-run";
import { CHAOS } from "../support/chaos-sizes";
import { divergences } from "../support/chaos-truth";
import { type ChaosWorld, startChaosWorld } from "../support/chaos-world";
import { timeoutFor } from "../support/sizes";
import { storeViolations } from "../support/store-invariants";

const FAULTS = CHAOS.drops + CHAOS.freezes + CHAOS.restarts;

function faultSummary(faults: readonly FaultRecord[]): string {
  const count = (kind: FaultRecord["kind"]) => faults.filter((f) => f.kind === kind).length;
  const freezes = faults.filter((f) => f.kind === "freeze").map((f) => f.noticedAfterMs);
  const slowest =
    freezes.length > 0 ? ` (freeze noticed after ≤ ${Math.round(Math.max(...freezes))} ms)` : "";
  return `${count("drop")} drops + ${count("freeze")} freezes + ${count("restart")} restarts${slowest}`;
}

describe("chaos: two agents' clients with REST resync and workspace actions against the fake platform", () => {
  let world: ChaosWorld | undefined;

  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  it(
    `ends with the server's truth after ${CHAOS.messages} messages in ${CHAOS.conversations} conversations and ${FAULTS} faults (seed ${CHAOS.seed})`,
    async () => {
      const started = performance.now();
      world = await startChaosWorld(CHAOS, { peer: true });
      const plan = planChaos(CHAOS, world.agents.length);
      const faults = await playChaos(world, plan);
      await quiesce(world, 30_000);
      const seconds = (performance.now() - started) / 1000;

      const state = world.client.store.getState();
      const stored = Object.values(state.messages).reduce((sum, list) => sum + list.ids.length, 0);
      const failed = world.resyncs.filter((result) => !result.ok);
      console.log(
        `[chaos] fake platform, seed ${CHAOS.seed}: ${stored} messages in ${world.conversationIds.length} conversations, ` +
          `${plan.ops.length} ops, faults ${faultSummary(faults)}, ${seconds.toFixed(1)} s, ` +
          `${world.resyncs.length} resyncs (${failed.length} failed), ${world.reconnects} reconnects`,
      );

      const peerState = world.peer?.store.getState();
      const platform = world.server.platform;
      expect(faults).toHaveLength(FAULTS);
      expect(divergences(state, platform, world.agents[0]?.id ?? -1)).toEqual([]);
      // The peer never reads; the client's reads reset the shared count without an event.
      expect(
        peerState &&
          divergences(peerState, platform, world.agents[1]?.id ?? -1, { othersReadUnseen: true }),
      ).toEqual([]);
      expect(storeViolations(state)).toEqual([]);
      expect(peerState && storeViolations(peerState)).toEqual([]);
      expect(world.reconnects).toBeGreaterThanOrEqual(FAULTS);
      expect(failed).toEqual([]);
      // Lost sockets are reported as `transport`, the REST faults the run injects on actions as
      // their `http` error; anything else (a refused frame, a failed request) is a bug.
      const unexpected = [...world.errors, ...world.peerErrors].filter(
        (error) => error.code !== "transport" && !isInjectedFault(error),
      );
      expect(unexpected.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    },
    // Two clients and the workspace actions: about twice the work of one client per message.
    timeoutFor(CHAOS.messages, 16, 60_000),
  );
});
