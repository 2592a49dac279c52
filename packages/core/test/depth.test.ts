import { createFactories, createFakeUniLinkServer, events } from "@unilink/testing";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { createUniLinkClient, type UniLinkClient, type UniLinkError } from "../src";
import { exceedsDepth, MAX_PAYLOAD_DEPTH, opensAtMost } from "../src/schema/depth";

/** `levels` objects, each the only value of the one above. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
}

describe("opensAtMost", () => {
  it("only vouches for texts whose values cannot be too deep", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, limit) => {
        if (opensAtMost(JSON.stringify(value), limit)) {
          expect(exceedsDepth(value, limit)).toBe(false);
        }
      }),
    );
  });

  it("counts brackets anywhere in the text, inside strings too", () => {
    expect(opensAtMost('{"a":[1,{"b":2}]}', 3)).toBe(true);
    expect(opensAtMost('{"a":[1,{"b":2}]}', 2)).toBe(false);
    expect(opensAtMost('{"a":"[[[{"}', 2)).toBe(false);
  });
});

describe("payload depth on the socket path", () => {
  let client: UniLinkClient | undefined;
  afterEach(() => client?.destroy());

  async function agentSession() {
    const server = await createFakeUniLinkServer({ presenceOnSubscribe: false });
    server.addAgent({ token: "agent-token", accountId: 1, userId: 1 });
    const errors: UniLinkError[] = [];
    client = createUniLinkClient({
      url: server.url,
      WebSocket: WebSocket as never,
      pubsubToken: "agent-token",
      accountId: 1,
      userId: 1,
      presenceIntervalMs: 0,
      onError: (error) => errors.push(error),
    });
    client.connect();
    await server.waitFor(() => client?.status === "connected");
    const f = createFactories(11, { accountId: 1 });
    const send = (id: number, customAttributes: Record<string, unknown>) => {
      const conversation = f.conversation({ id, custom_attributes: customAttributes });
      const event = events.conversationCreated(conversation);
      server.broadcastToAccount(1, event.event, event.data);
    };
    const stored = (id: number) => client?.store.getState().conversations[id];
    return { server, errors, send, stored };
  }

  it("refuses a frame nested deeper than allowed and keeps taking the next ones", async () => {
    const { server, errors, send, stored } = await agentSession();
    try {
      send(1, { tree: nested(MAX_PAYLOAD_DEPTH + 10) });
      send(2, { plain: true });
      await server.waitFor(() => stored(2) !== undefined);
      expect(stored(1)).toBeUndefined();
      expect(errors.map((error) => [error.code, error.message])).toEqual([
        [
          "validation",
          `invalid conversation.created payload: nested deeper than ${MAX_PAYLOAD_DEPTH} levels`,
        ],
      ]);
    } finally {
      await server.close();
    }
  });

  it("takes a frame with more brackets than the depth allows when it is not that deep", async () => {
    const { server, errors, send, stored } = await agentSession();
    try {
      // Too many brackets for the text to vouch for it: the payload is walked, and passes.
      const rows = Array.from({ length: MAX_PAYLOAD_DEPTH + 10 }, (_, index) => ({ index }));
      send(3, { rows, tree: nested(20) });
      await server.waitFor(() => stored(3) !== undefined);
      expect(stored(3)?.custom_attributes?.rows).toHaveLength(MAX_PAYLOAD_DEPTH + 10);
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
