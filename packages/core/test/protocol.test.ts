import { describe, expect, it } from "vitest";
import { registerSecret } from "../src/errors";
import { encodePerform, encodeSubscribe, encodeUnsubscribe } from "../src/protocol/commands";
import { decodeFrame } from "../src/protocol/decode";
import type { Frame } from "../src/protocol/frames";
import { buildIdentifier } from "../src/protocol/identifier";

const AGENT_ID = '{"channel":"RoomChannel","pubsub_token":"t","account_id":1,"user_id":1}';

function frameOf(text: unknown): Frame {
  const result = decodeFrame(text);
  if (!result.ok) throw new Error(`expected a frame, got ${result.error.message}`);
  return result.frame;
}

function errorOf(text: unknown) {
  const result = decodeFrame(text);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.frame)}`);
  return result.error;
}

describe("buildIdentifier", () => {
  it("orders keys channel, pubsub_token, account_id, user_id with numeric ids", () => {
    expect(buildIdentifier({ userId: 1, accountId: 1, pubsubToken: "t" })).toBe(AGENT_ID);
  });

  it("has only channel and pubsub_token for a contact", () => {
    expect(buildIdentifier({ pubsubToken: "c" })).toBe(
      '{"channel":"RoomChannel","pubsub_token":"c"}',
    );
  });
});

describe("encoders", () => {
  it("encodes subscribe with the identifier as a JSON string, exactly as the wire spec", () => {
    expect(encodeSubscribe(AGENT_ID)).toBe(
      '{"command":"subscribe","identifier":"{\\"channel\\":\\"RoomChannel\\",\\"pubsub_token\\":\\"t\\",\\"account_id\\":1,\\"user_id\\":1}"}',
    );
  });

  it("encodes unsubscribe with the same identifier string", () => {
    expect(JSON.parse(encodeUnsubscribe(AGENT_ID))).toEqual({
      command: "unsubscribe",
      identifier: AGENT_ID,
    });
  });

  it("encodes perform with data as a JSON string, action first", () => {
    expect(encodePerform("id", "update_presence")).toBe(
      '{"command":"message","identifier":"id","data":"{\\"action\\":\\"update_presence\\"}"}',
    );
    const command = JSON.parse(encodePerform("id", "typing", { on: true, action: "other" }));
    expect(command.data).toBe('{"action":"typing","on":true}');
  });
});

describe("decodeFrame", () => {
  it("decodes every frame kind a Rails server sends", () => {
    expect(frameOf('{"type":"welcome"}')).toEqual({ type: "welcome" });
    expect(frameOf('{"type":"ping","message":1700000000}')).toEqual({
      type: "ping",
      message: 1700000000,
    });
    expect(
      frameOf(`{"identifier":${JSON.stringify(AGENT_ID)},"type":"confirm_subscription"}`),
    ).toEqual({ type: "confirm", identifier: AGENT_ID });
    expect(frameOf('{"identifier":"x","type":"reject_subscription"}')).toEqual({
      type: "reject",
      identifier: "x",
    });
    expect(frameOf('{"type":"disconnect","reason":"unauthorized","reconnect":false}')).toEqual({
      type: "disconnect",
      reason: "unauthorized",
      reconnect: false,
    });
    expect(frameOf('{"type":"disconnect","reason":"server_restart","reconnect":true}')).toEqual({
      type: "disconnect",
      reason: "server_restart",
      reconnect: true,
    });
    expect(frameOf('{"identifier":"x","message":{"event":"e","data":{"id":1}}}')).toEqual({
      type: "data",
      identifier: "x",
      message: { event: "e", data: { id: 1 } },
      shallow: true,
    });
    // More brackets than a payload may nest: the text proves nothing, the payload gets walked.
    const list = `[${"[],".repeat(500)}[]]`;
    expect(frameOf(`{"identifier":"x","message":{"event":"e","data":${list}}}`)).toMatchObject({
      type: "data",
      shallow: false,
    });
  });

  it("keeps the identifier text byte for byte (no re-serialisation)", () => {
    const spaced = '{ "pubsub_token": "t", "channel": "RoomChannel" }';
    expect(frameOf(JSON.stringify({ identifier: spaced, message: null }))).toMatchObject({
      identifier: spaced,
    });
  });

  it("treats a disconnect without an explicit reconnect:true as final", () => {
    expect(frameOf('{"type":"disconnect"}')).toEqual({
      type: "disconnect",
      reason: "",
      reconnect: false,
    });
  });

  it.each([
    ["a binary frame", new Uint8Array([1, 2])],
    ["undefined", undefined],
    ["non-JSON text", "hello"],
    ["truncated JSON", '{"type":"wel'],
    ["a JSON array", "[1,2]"],
    ["a JSON string", '"welcome"'],
    ["JSON null", "null"],
    ["an unknown type", '{"type":"confirm"}'],
    ["a non-string type", '{"type":1}'],
    ["a ping without a number", '{"type":"ping","message":"x"}'],
    ["a confirm without identifier", '{"type":"confirm_subscription"}'],
    ["a reject with a numeric identifier", '{"type":"reject_subscription","identifier":1}'],
    ["a data frame without identifier", '{"message":{}}'],
    [
      "a data frame with an object identifier",
      '{"identifier":{"channel":"RoomChannel"},"message":1}',
    ],
    ["a data frame without message", '{"identifier":"x"}'],
  ])("reports %s as a protocol error", (_name, input) => {
    const error = errorOf(input);
    expect(error.code).toBe("protocol");
    expect(typeof error.details.frame).toBe("string");
  });

  it("ignores inherited and __proto__ keys", () => {
    const error = errorOf('{"__proto__":{"type":"welcome","identifier":"x","message":1}}');
    expect(error.code).toBe("protocol");
    expect(frameOf('{"identifier":"x","message":{"__proto__":{"polluted":true}}}')).toMatchObject({
      type: "data",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("survives deep nesting and huge frames without throwing", () => {
    const deep = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    expect(() => decodeFrame(deep)).not.toThrow();
    expect(decodeFrame(deep).ok).toBe(false);
    const deepData = `{"identifier":"x","message":${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`;
    expect(decodeFrame(deepData).ok).toBe(true);
    const huge = `{"identifier":"x","message":"${"y".repeat(5_000_000)}"}`;
    expect(decodeFrame(huge).ok).toBe(true);
    const hugeGarbage = "z".repeat(5_000_000);
    const error = errorOf(hugeGarbage);
    expect((error.details.frame ?? "").length).toBeLessThan(200);
  });

  it("never shows a registered token in the excerpt", () => {
    registerSecret("sekret-token-123");
    const error = errorOf(
      '{"type":"bogus","identifier":"{\\"pubsub_token\\":\\"sekret-token-123\\"}"}',
    );
    expect(error.details.frame).toContain("[redacted]");
    expect(JSON.stringify(error.details)).not.toContain("sekret-token-123");
  });
});
