import type { UniLinkError, UniLinkEvent } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { afterEach, expect, test, vi } from "vitest";
import { type AgentSession, startAgentSession } from "../support/agent-session";
import { createIngest, createUniLinkStore } from "../support/core-internals";
import { sentinelMessage } from "../support/fuzz-frames";
import { ACCOUNT_ID } from "../support/valid-events";
import { waitForStore } from "../support/waits";

const TOKEN = "tok_hostile_5d1e";
let session: AgentSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function deliverSentinel(active: AgentSession, id: number): Promise<void> {
  const sentinel = sentinelMessage(id);
  active.server.broadcast(TOKEN, sentinel.event, sentinel.data);
  await waitForStore(
    active.client.store,
    (state) => state.messages[9_999]?.byId[String(id)] !== undefined,
    `sentinel ${id}`,
  );
}

test("an unknown event named like an Object.prototype member reaches '*' listeners under its own name", async () => {
  session = await startAgentSession(TOKEN);
  const received: UniLinkEvent[] = [];
  session.client.on("*", (event) => received.push(event));
  const names = ["constructor", "toString", "__proto__", "hasOwnProperty", "x.future"];
  for (const name of names) session.server.broadcast(TOKEN, name, { id: 1 });
  await deliverSentinel(session, 1);

  const unknown = received.filter((event) => event.unknown);
  // A listener switching on `event.event` (or calling string methods on it) must get the string sent.
  expect(unknown.map((event) => typeof event.event)).toEqual(names.map(() => "string"));
  expect(unknown.map((event) => event.event)).toEqual(names);
  expect(session.errors).toEqual([]);
});

/** A conversation payload whose custom attribute nests `depth` objects, as raw frame text. */
function deepConversationFrame(
  identifier: string,
  status: "open" | "resolved",
  updatedAt: number,
  depth: number,
) {
  const conversation = createFactories(7, { accountId: ACCOUNT_ID }).conversation({
    id: 77,
    status,
    updated_at: updatedAt,
    custom_attributes: { tree: "DEEP" },
  });
  const message = JSON.stringify(events.conversationUpdated(conversation));
  const deep = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  const text = JSON.stringify({ identifier, message: JSON.parse(message) });
  return text.replace('"tree":"DEEP"', `"tree":${deep}`);
}

test("a conversation accepted with deeply nested attributes still takes later updates", async () => {
  session = await startAgentSession(TOKEN);
  const identifier = session.server.subscriptions[0]?.identifier as string;
  const depth = 10_000;
  session.server.sendRaw(deepConversationFrame(identifier, "open", 1_717_243_300, depth));
  await deliverSentinel(session, 2);
  // The platform resends every attribute with each update, the deep one included.
  session.server.sendRaw(deepConversationFrame(identifier, "resolved", 1_717_243_400, depth));
  // No sentinel here: sharing a batch with this frame, it would be lost too (see the next test).
  const { client, errors } = session;
  await vi.waitFor(() => {
    const status = client.store.getState().conversations[77]?.status;
    if (status !== "resolved" && errors.length < 2)
      throw new Error("update neither applied nor reported");
  }, 5_000);

  const stored = client.store.getState().conversations[77];
  if (stored === undefined) {
    // Refusing such payloads outright is fine too, as long as each refusal is reported.
    expect(session.errors.map((error) => error.code)).toEqual(["validation", "validation"]);
  } else {
    // Accepted once, it must stay updatable: a user would otherwise see "open" forever.
    expect(session.errors.map((error) => error.message)).toEqual([]);
    expect(stored.status).toBe("resolved");
  }
});

test("one deeply nested event does not take the valid events of its batch down with it", () => {
  const errors: UniLinkError[] = [];
  const store = createUniLinkStore({
    accountId: ACCOUNT_ID,
    onError: (error) => errors.push(error),
  });
  const ingest = createIngest({
    accountId: ACCOUNT_ID,
    dispatch: store.dispatch,
    onEvents: () => {},
    onError: (error) => errors.push(error),
  });
  const messageOf = (text: string) => (JSON.parse(text) as { message: unknown }).message;
  try {
    ingest.push(messageOf(deepConversationFrame("id", "open", 1_717_243_300, 10_000)));
    ingest.flush();
    // One socket read often carries several frames: they are applied as one batch.
    ingest.push(messageOf(deepConversationFrame("id", "resolved", 1_717_243_400, 10_000)));
    ingest.push(sentinelMessage(4));
    ingest.flush();

    expect(store.store.getState().messages[9_999]?.byId["4"]).toBeDefined();
    // At most the deep event itself is refused, and then as what it is.
    expect(errors.map((error) => error.code).filter((code) => code !== "validation")).toEqual([]);
  } finally {
    ingest.destroy();
    store.destroy();
  }
});
