import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { expect, test } from "vitest";
import { agentIdentifier, foreignIdentifiers } from "../support/agent";
import { watchEscapes } from "../support/escape-watch";
import { createFramePipeline } from "../support/frame-pipeline";
import {
  describeFrame,
  type FuzzFrame,
  frameArbitrary,
  sentinelMessage,
} from "../support/fuzz-frames";
import { prototypeChanges, snapshotPrototypes } from "../support/prototype-guard";
import { FUZZ_FRAMES, FUZZ_SEED, timeoutFor } from "../support/sizes";
import { storeViolations } from "../support/store-invariants";
import { ACCOUNT_ID } from "../support/valid-events";

const TOKEN = "tok_fuzz_layers_7f3a";
const identifier = agentIdentifier(TOKEN);
const BATCH = 100;

/**
 * Feeds one batch to a fresh pipeline and checks everything a user relies
 * on; throws (so fast-check shrinks the batch) on the first broken promise.
 */
function checkBatch(frames: FuzzFrame[], prototypes: ReturnType<typeof snapshotPrototypes>): void {
  const pipeline = createFramePipeline(identifier, ACCOUNT_ID);
  const acceptedOnly = createFramePipeline(identifier, ACCOUNT_ID);
  try {
    for (const frame of frames) {
      const observed = pipeline.feed(frame.text);
      if (observed !== frame.outcome) {
        const reported = observed === "accepted" ? "" : ` (${pipeline.errors.at(-1)?.message})`;
        throw new Error(`got ${observed}${reported} for ${describeFrame(frame)}`);
      }
      if (frame.outcome === "accepted") acceptedOnly.feed(frame.text);
    }
    const applyErrors = pipeline.flush();
    if (applyErrors.length > 0) {
      throw new Error(
        `valid events failed to apply: ${applyErrors.map((e) => e.message).join("; ")}`,
      );
    }
    acceptedOnly.flush();

    const state = pipeline.store.getState();
    const violations = storeViolations(state);
    if (violations.length > 0) throw new Error(`store invariants broken: ${violations.join("; ")}`);
    const pollution = prototypeChanges(prototypes);
    if (pollution.length > 0) throw new Error(`prototype pollution: ${pollution.join("; ")}`);
    if (!isDeepStrictEqual(state, acceptedOnly.store.getState())) {
      throw new Error(
        "refused frames changed the store (it differs from the accepted frames alone)",
      );
    }

    const sentinel = sentinelMessage(1);
    const text = JSON.stringify({ identifier, message: sentinel });
    if (pipeline.feed(text) !== "accepted") throw new Error("a valid message.created was refused");
    pipeline.flush();
    if (!pipeline.store.getState().messages[9_999]?.byId["1"]) {
      throw new Error("a valid message.created after the batch did not reach the store");
    }
  } finally {
    pipeline.destroy();
    acceptedOnly.destroy();
  }
}

test(
  `${FUZZ_FRAMES} hostile and valid frames through decode, ingest and store: each refused frame reported once, store sound`,
  () => {
    const escapes = watchEscapes();
    const prototypes = snapshotPrototypes();
    const context = { identifier, foreignIdentifiers: foreignIdentifiers(TOKEN) };
    let fed = 0;
    try {
      fc.assert(
        fc.property(
          fc.array(frameArbitrary(context), { minLength: BATCH, maxLength: BATCH }),
          (frames) => {
            fed += frames.length;
            checkBatch(frames, prototypes);
          },
        ),
        { numRuns: Math.ceil(FUZZ_FRAMES / BATCH), seed: FUZZ_SEED },
      );
    } finally {
      escapes.stop();
    }
    expect(fed).toBeGreaterThanOrEqual(FUZZ_FRAMES);
    expect(escapes.escaped).toEqual([]);
    expect(prototypeChanges(prototypes)).toEqual([]);
  },
  timeoutFor(FUZZ_FRAMES, 2),
);
