import { createUniLinkClient, type UniLinkClient, type UniLinkError } from "@unilink/core";
import { createFakeUniLinkServer, type FakeUniLinkServer } from "@unilink/testing";
import { afterEach, beforeEach, expect, test } from "vitest";
import { agentIdentifier, foreignIdentifiers, NodeWebSocket, USER_ID } from "../support/agent";
import { sentinelMessage } from "../support/fuzz-frames";
import { captureConsole, secretFragments, serializeError } from "../support/secret-scan";
import { ACCOUNT_ID } from "../support/valid-events";
import { waitForStatus, waitForStore } from "../support/waits";

// Distinct beyond their first four characters, so that a leaked piece names its token.
const PUBSUB_TOKEN = "tok_SECRET_abc123";
const ROTATED_TOKEN = "tok_ROTATED_def456";
const UNKNOWN_TOKEN = "tok_UNKNOWN_ghi789";
const PROVIDED_TOKEN = "tok_PROVIDED_jkl246";
const SECRETS = [PUBSUB_TOKEN, ROTATED_TOKEN, UNKNOWN_TOKEN, PROVIDED_TOKEN];

let server: FakeUniLinkServer | undefined;
let client: UniLinkClient | undefined;
let console$: ReturnType<typeof captureConsole>;
const reported: UniLinkError[] = [];
const thrown: unknown[] = [];

beforeEach(() => {
  // Before any client exists: whatever the library prints during the test is scanned too.
  console$ = captureConsole();
  reported.length = 0;
  thrown.length = 0;
});

afterEach(async () => {
  client?.destroy();
  client = undefined;
  await server?.close();
  server = undefined;
  console$.restore();
});

/** Runs a client call the way an app would, keeping anything it throws for the scan. */
function attempt(call: () => void): void {
  try {
    call();
  } catch (error) {
    thrown.push(error);
  }
}

/** Everything an app could see or log: onError payloads, thrown errors, console output. */
function leaks(): string[] {
  const surfaces = [
    ...reported.map(serializeError),
    ...thrown.map(serializeError),
    console$.output(),
  ].join("\n");
  return secretFragments(surfaces, SECRETS);
}

async function start(options: { badTokenMode?: "silent" | "reject" } = {}) {
  server = await createFakeUniLinkServer(options);
  server.addAgent({ token: PUBSUB_TOKEN, accountId: ACCOUNT_ID, userId: USER_ID });
  server.addAgent({ token: ROTATED_TOKEN, accountId: ACCOUNT_ID, userId: USER_ID });
  server.addAgent({ token: PROVIDED_TOKEN, accountId: ACCOUNT_ID, userId: USER_ID });
  return server;
}

function connect(
  active: FakeUniLinkServer,
  pubsubToken: string | (() => Promise<string>),
): UniLinkClient {
  client = createUniLinkClient({
    url: active.url,
    pubsubToken,
    accountId: ACCOUNT_ID,
    userId: USER_ID,
    WebSocket: NodeWebSocket,
    confirmTimeoutMs: 100,
    onError: (error) => reported.push(error),
  });
  attempt(() => client?.connect());
  return client;
}

let sentinelId = 0;
/** Resolves once every frame sent before it has been handled (frames on one socket keep their order). */
async function drain(active: FakeUniLinkServer, owner: UniLinkClient, token: string) {
  const id = 5_000 + ++sentinelId;
  const sentinel = sentinelMessage(id);
  active.broadcast(token, sentinel.event, sentinel.data);
  await waitForStore(owner.store, (state) => state.messages[9_999]?.byId[String(id)] !== undefined);
}

/**
 * Frames that quote the identifier (and so the token) in every way a frame
 * can be refused; with `atCuts`, also with the token placed across the
 * length limits of error excerpts.
 */
function framesEchoing(identifier: string, atCuts = true): string[] {
  const frames = [
    JSON.stringify({ identifier }),
    `<${identifier}`,
    JSON.stringify({ type: "bogus", identifier }),
    JSON.stringify({ type: "ping", message: identifier }),
    JSON.stringify({ identifier, message: identifier }),
    JSON.stringify({
      identifier,
      message: { event: "presence.update", data: { users: { [identifier]: 5 } } },
    }),
  ];
  if (!atCuts) return frames;
  // Every offset around the excerpt limits (160 for frames, 200 for events): a cut must not expose a piece.
  for (let pad = 120; pad <= 220; pad += 3) {
    const filler = "x".repeat(pad);
    frames.push(`<${filler}${identifier}`);
    frames.push(JSON.stringify({ identifier, message: { event: 5, note: filler + identifier } }));
    frames.push(
      JSON.stringify({
        identifier,
        message: { event: "message.created", data: { id: null, note: filler + identifier } },
      }),
    );
  }
  return frames;
}

test("a bad token ends in `unauthorized` without the token in any error or log", async () => {
  const active = await start();
  const owner = connect(active, UNKNOWN_TOKEN);
  await waitForStatus(owner, "unauthorized");

  expect(reported.map((error) => error.code)).toContain("unauthorized");
  expect(leaks()).toEqual([]);
});

test("a rejected subscription (reject mode) reports `unauthorized` without the token", async () => {
  const active = await start({ badTokenMode: "reject" });
  const owner = connect(active, UNKNOWN_TOKEN);
  await waitForStatus(owner, "unauthorized");

  expect(reported.map((error) => error.code)).toContain("unauthorized");
  expect(leaks()).toEqual([]);
});

test("malformed frames quoting the subscription identifier are reported without the token", async () => {
  const active = await start();
  const owner = connect(active, PUBSUB_TOKEN);
  await waitForStatus(owner, "connected");
  const frames = framesEchoing(agentIdentifier(PUBSUB_TOKEN));
  for (const frame of frames) active.sendRaw(frame);
  await drain(active, owner, PUBSUB_TOKEN);

  expect(reported).toHaveLength(frames.length);
  expect(leaks()).toEqual([]);
});

test("frames for identifiers this client never subscribed (same token) are reported without the token", async () => {
  const active = await start();
  const owner = connect(active, PUBSUB_TOKEN);
  await waitForStatus(owner, "connected");
  const strangers = foreignIdentifiers(PUBSUB_TOKEN).filter((id) => id.includes(PUBSUB_TOKEN));
  for (const identifier of strangers) {
    active.sendRaw(JSON.stringify({ identifier, message: { event: "message.created", data: {} } }));
    active.sendRaw(JSON.stringify({ type: "confirm_subscription", identifier }));
    active.sendRaw(JSON.stringify({ type: "reject_subscription", identifier }));
  }
  await drain(active, owner, PUBSUB_TOKEN);

  expect(reported.map((error) => error.code)).toEqual(
    strangers.flatMap(() => Array(3).fill("identifier")),
  );
  expect(owner.status).toBe("connected");
  expect(leaks()).toEqual([]);
});

test("token rotation (setToken, a provider, a refused new token) never exposes old or new tokens", async () => {
  const active = await start();
  const owner = connect(active, async () => PROVIDED_TOKEN);
  await waitForStatus(owner, "connected");
  // Short frames only: the excerpt cuts have their own test above.
  for (const frame of framesEchoing(agentIdentifier(PROVIDED_TOKEN), false)) active.sendRaw(frame);
  await drain(active, owner, PROVIDED_TOKEN);

  attempt(() => owner.setToken(ROTATED_TOKEN));
  await waitForStatus(owner, "connected");
  // Frames still in flight for the old identifier, and malformed ones quoting the new one.
  active.sendRaw(JSON.stringify({ identifier: agentIdentifier(PROVIDED_TOKEN) }));
  for (const frame of framesEchoing(agentIdentifier(ROTATED_TOKEN), false)) active.sendRaw(frame);
  await drain(active, owner, ROTATED_TOKEN);

  attempt(() => owner.setToken(""));
  attempt(() => owner.setToken(UNKNOWN_TOKEN));
  await waitForStatus(owner, "unauthorized");

  expect(thrown).toEqual([]);
  expect(reported.map((error) => error.code)).toContain("unauthorized");
  expect(leaks()).toEqual([]);
});
