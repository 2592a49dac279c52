import type { ConnectionStatus } from "@unilink/core";
import fc from "fast-check";
import { afterEach, beforeEach, expect, test } from "vitest";
import { agentIdentifier, foreignIdentifiers } from "../support/agent";
import { type AgentSession, startAgentSession } from "../support/agent-session";
import { watchEscapes } from "../support/escape-watch";
import { frameArbitrary, sentinelMessage } from "../support/fuzz-frames";
import { prototypeChanges, snapshotPrototypes } from "../support/prototype-guard";
import { CLIENT_FUZZ_FRAMES, FUZZ_SEED, timeoutFor } from "../support/sizes";
import { storeViolations } from "../support/store-invariants";
import { waitForStore } from "../support/waits";

const TOKEN = "tok_fuzz_client_91c2";
const BATCH = 100;

let session: AgentSession;
const statuses: ConnectionStatus[] = [];

beforeEach(async () => {
  session = await startAgentSession(TOKEN);
  session.client.onStatus((status) => statuses.push(status));
});

afterEach(async () => {
  await session?.close();
});

function countByOutcome(outcomes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    if (outcome !== "accepted") counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

let sentinels = 0;

/** Sends a valid message.created and resolves once it is in the store: every earlier frame was handled. */
async function roundTrip(): Promise<void> {
  const id = 1_000_000 + ++sentinels;
  const sentinel = sentinelMessage(id);
  session.server.broadcast(TOKEN, sentinel.event, sentinel.data);
  await waitForStore(
    session.client.store,
    (state) => state.messages[9_999]?.byId[String(id)] !== undefined,
    `sentinel message ${id}`,
    15_000,
  );
}

test(
  `${CLIENT_FUZZ_FRAMES} hostile and valid frames over a real socket: one onError per refused frame, connection intact`,
  async () => {
    const escapes = watchEscapes();
    const prototypes = snapshotPrototypes();
    const context = {
      identifier: agentIdentifier(TOKEN),
      foreignIdentifiers: foreignIdentifiers(TOKEN),
    };
    // Welcome and disconnect frames restart the subscription: the decode-layer fuzz covers them.
    const frame = frameArbitrary(context).filter((candidate) => !candidate.restartsSubscription);
    const delivery = fc.record({ frame, broadcast: fc.boolean() });
    const { server, client, errors } = session;
    let sent = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(delivery, { minLength: BATCH, maxLength: BATCH }),
          async (deliveries) => {
            const before = errors.length;
            for (const { frame, broadcast } of deliveries) {
              // Well-formed envelopes with garbage data go the way the platform sends them.
              if (broadcast && frame.envelope) {
                server.broadcast(TOKEN, frame.envelope.event, frame.envelope.data);
              } else {
                server.sendRaw(frame.text);
              }
            }
            sent += deliveries.length;
            await roundTrip();
            const expected = countByOutcome(deliveries.map(({ frame }) => frame.outcome));
            const reported = countByOutcome(errors.slice(before).map((error) => error.code));
            expect(
              reported,
              errors
                .slice(before)
                .map((e) => e.message)
                .join("\n"),
            ).toEqual(expected);
            expect(storeViolations(client.store.getState())).toEqual([]);
            expect(prototypeChanges(prototypes)).toEqual([]);
          },
        ),
        { numRuns: Math.ceil(CLIENT_FUZZ_FRAMES / BATCH), seed: FUZZ_SEED },
      );
    } finally {
      escapes.stop();
    }
    expect(sent).toBeGreaterThanOrEqual(CLIENT_FUZZ_FRAMES);
    expect(escapes.escaped).toEqual([]);
    // Never dropped, resubscribed or gave up: the status did not move from `connected`.
    expect(statuses).toEqual([]);
    expect(client.status).toBe("connected");
    await roundTrip();
  },
  timeoutFor(CLIENT_FUZZ_FRAMES, 10),
);
