import fc from "fast-check";
import { breakingArbitrary, familyOf, preservingArbitrary } from "./event-mutations";
import {
  buildValidEvent,
  EVENT_NAME_ALIASES,
  eventSpecArbitrary,
  VALID_KINDS,
  type ValidKind,
} from "./valid-events";

/** What a client must make of a frame: apply or ignore it silently, or report one error of this code. */
export type Outcome = "accepted" | "protocol" | "identifier" | "validation";

/** One server-to-client text frame and what it must lead to. */
export interface FuzzFrame {
  /** Generator branch, for failure messages. */
  kind: string;
  /** The frame as sent. */
  text: string;
  /** What the client must do with it. */
  outcome: Outcome;
  /** Set for `{event, data}` messages to this subscription, so `server.broadcast` can send them. */
  envelope?: { event: string; data: unknown };
  /** Frames that restart the subscription (welcome, disconnect): for the decode layer only. */
  restartsSubscription?: boolean;
}

/** The subscription the frames are for. */
export interface FrameContext {
  /** The exact identifier string the client subscribed with. */
  identifier: string;
  /** Identifiers the client never subscribed (same token, other account, key order, ...). */
  foreignIdentifiers: readonly string[];
}

const CABLE_TYPES = [
  "welcome",
  "ping",
  "confirm_subscription",
  "reject_subscription",
  "disconnect",
];
const KNOWN_NAMES = new Set<string>([...VALID_KINDS, ...EVENT_NAME_ALIASES]);

function dataFrame(context: FrameContext, message: unknown): string {
  return JSON.stringify({ identifier: context.identifier, message });
}

const aliasOf: Partial<Record<ValidKind, string>> = {
  "notification.created": "notification_created",
  "conversation.typing_on": "conversation_typing_on",
  "conversation.typing_off": "conversation_typing_off",
};

/** A factory-built event, maybe mangled in ways the schema tolerates: applied. */
const validEvent = (context: FrameContext) =>
  fc
    .record({
      spec: eventSpecArbitrary,
      changes: fc.array(preservingArbitrary, { maxLength: 3 }),
      alias: fc.boolean(),
    })
    .map(({ spec, changes, alias }): FuzzFrame => {
      const { event, data } = buildValidEvent(spec);
      for (const change of changes) change(data, familyOf(spec.kind));
      const name = alias ? (aliasOf[spec.kind] ?? event) : event;
      const message = { event: name, data };
      return {
        kind: `valid ${name}`,
        text: dataFrame(context, message),
        outcome: "accepted",
        envelope: message,
      };
    });

/** A known event whose data breaks its schema: one `validation` error, nothing stored. */
const invalidEvent = (context: FrameContext) =>
  fc
    .record({
      spec: eventSpecArbitrary,
      changes: fc.array(preservingArbitrary, { maxLength: 2 }),
      breaking: breakingArbitrary,
    })
    .map(({ spec, changes, breaking }): FuzzFrame => {
      const { event, data } = buildValidEvent(spec);
      const family = familyOf(spec.kind);
      for (const change of changes) change(data, family);
      const message = { event, data: breaking(data, family) };
      return {
        kind: `invalid ${event}`,
        text: dataFrame(context, message),
        outcome: "validation",
        envelope: message,
      };
    });

const unknownName = fc.oneof(
  fc.string({ maxLength: 30 }).filter((name) => !KNOWN_NAMES.has(name)),
  fc.constantFrom(
    "",
    "message.created ",
    "MESSAGE.CREATED",
    "message_created",
    "conversation.typing",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "prototype",
    "valueOf",
  ),
);

/** An event of a newer server: handed to listeners, stored nowhere, no error. */
const unknownEvent = (context: FrameContext) =>
  fc
    .record({ name: unknownName, data: fc.jsonValue({ maxDepth: 3 }) })
    .map(({ name, data }): FuzzFrame => {
      const message = { event: name, data };
      return {
        kind: "unknown event",
        text: dataFrame(context, message),
        outcome: "accepted",
        envelope: message,
      };
    });

/** A frame to this subscription whose message is not `{event: string, data}`: `protocol`. */
const badMessageShape = (context: FrameContext) =>
  fc
    .oneof(
      fc.constantFrom(null, 5, "message.created", true, [], [{ event: "message.created" }]),
      fc.record({
        event: fc.oneof(fc.integer(), fc.constant(null), fc.constant({})),
        data: fc.jsonValue({ maxDepth: 1 }),
      }),
      fc.record({ event: fc.constantFrom("message.created", "presence.update") }),
      fc.record({ data: fc.jsonValue({ maxDepth: 1 }) }),
      // Double-encoded: the message is the JSON text of an event.
      eventSpecArbitrary.map((spec) => JSON.stringify(buildValidEvent(spec))),
    )
    .map(
      (message): FuzzFrame => ({
        kind: "message not {event, data}",
        text: dataFrame(context, message),
        outcome: "protocol",
      }),
    );

const truncatedEvent = (context: FrameContext) =>
  fc.tuple(eventSpecArbitrary, fc.nat()).map(([spec, cut]) => {
    const text = dataFrame(context, buildValidEvent(spec));
    // Any proper prefix of a JSON object's text leaves the object open: never JSON.
    return text.slice(0, cut % text.length);
  });

/** Text that is not an ActionCable frame at all: `protocol`. */
const garbage = (context: FrameContext) =>
  fc
    .oneof(
      fc.string({ unit: "binary", maxLength: 80 }).map((text) => `<${text}`),
      fc.constantFrom("", " ", "{", "}", "NaN", "undefined", "{'a':1}", '{"a":1,}', "\u0000"),
      truncatedEvent(context),
      fc
        .oneof(
          fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.string({ maxLength: 40 }),
          fc.boolean(),
          fc.constant(null),
        )
        .map((value) => JSON.stringify(value)),
      fc.constantFrom(100_000, 1_000_000).map((size) => `<${"x".repeat(size)}`),
    )
    .map((text): FuzzFrame => ({ kind: "not a frame", text, outcome: "protocol" }));

const notACableType = fc.oneof(
  fc.string({ maxLength: 20 }).filter((type) => !CABLE_TYPES.includes(type)),
  fc.constantFrom("Welcome", "PING", "confirm", "subscribe", "message", " ping", "reject"),
  fc.constantFrom(1, null, true, {}, []),
);

/** Cable frames missing or mistyping what they need: `protocol`. */
const badCableFrame = (context: FrameContext) =>
  fc
    .oneof(
      fc.record({
        type: notACableType,
        identifier: fc.constantFrom(context.identifier, undefined),
        message: fc.jsonValue({ maxDepth: 1 }),
      }),
      fc.record(
        { type: fc.constant("ping"), message: fc.constantFrom("123", null, {}, [], true) },
        { requiredKeys: ["type"] },
      ),
      fc.record(
        {
          type: fc.constantFrom("confirm_subscription", "reject_subscription"),
          identifier: fc.constantFrom(5, null, { channel: "RoomChannel" }, []),
        },
        { requiredKeys: ["type"] },
      ),
      fc.record(
        {
          identifier: fc.constantFrom(5, null, JSON.parse(context.identifier), []),
          message: fc.jsonValue({ maxDepth: 1 }),
        },
        { requiredKeys: ["message"] },
      ),
      fc.constant({ identifier: context.identifier }),
    )
    .map(
      (frame): FuzzFrame => ({
        kind: "malformed cable frame",
        text: JSON.stringify(frame),
        outcome: "protocol",
      }),
    );

/** Frames for a subscription this client never made: one `identifier` error each. */
const foreignFrame = (context: FrameContext) =>
  fc
    .record({
      identifier: fc.oneof(
        fc.constantFrom(...context.foreignIdentifiers),
        fc.string({ maxLength: 40 }).filter((id) => id !== context.identifier),
      ),
      shape: fc.constantFrom("data", "confirm_subscription", "reject_subscription"),
      spec: eventSpecArbitrary,
    })
    .map(({ identifier, shape, spec }): FuzzFrame => {
      const frame =
        shape === "data"
          ? { identifier, message: buildValidEvent(spec) }
          : { type: shape, identifier };
      return { kind: `foreign ${shape}`, text: JSON.stringify(frame), outcome: "identifier" };
    });

/** Well-formed cable frames a subscribed client takes in its stride: accepted. */
const cableFrame = (context: FrameContext) =>
  fc.oneof(
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).map(
      (message): FuzzFrame => ({
        kind: "ping",
        text: JSON.stringify({ type: "ping", message }),
        outcome: "accepted",
      }),
    ),
    fc.constant<FuzzFrame>({
      kind: "repeated confirm",
      text: JSON.stringify({ type: "confirm_subscription", identifier: context.identifier }),
      outcome: "accepted",
    }),
    fc.constantFrom<FuzzFrame>(
      {
        kind: "welcome",
        text: '{"type":"welcome"}',
        outcome: "accepted",
        restartsSubscription: true,
      },
      {
        kind: "disconnect",
        text: '{"type":"disconnect","reason":"server_restart","reconnect":true}',
        outcome: "accepted",
        restartsSubscription: true,
      },
    ),
  );

function deepJson(depth: number, shape: "array" | "object"): string {
  return shape === "array"
    ? `${"[".repeat(depth)}${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
}

/** Nesting far deeper than any payload (and than a recursive walker survives): built as text. */
const deepFrame = (context: FrameContext) =>
  fc
    .record({
      depth: fc.constantFrom(1_000, 10_000, 100_000),
      variant: fc.nat(5),
      spec: eventSpecArbitrary,
    })
    .map(({ depth, variant, spec }): FuzzFrame => {
      const id = JSON.stringify(context.identifier);
      const kind = `deep(${depth}) #${variant}`;
      switch (variant) {
        case 0:
          return { kind, text: deepJson(depth, "array"), outcome: "protocol" };
        case 1:
          return { kind, text: '{"a":'.repeat(depth), outcome: "protocol" };
        case 2:
          return {
            kind,
            text: `{"identifier":${id},"message":${deepJson(depth, "array")}}`,
            outcome: "protocol",
          };
        case 3:
          return {
            kind,
            text: `{"identifier":${id},"message":{"event":"message.created","data":${deepJson(depth, "object")}}}`,
            outcome: "validation",
          };
        case 4:
          return {
            kind,
            text: `{"identifier":${id},"message":{"event":"x.future","data":${deepJson(depth, "object")}}}`,
            outcome: "accepted",
          };
        default:
          return {
            kind,
            text: `{"identifier":${id},"message":${JSON.stringify(buildValidEvent(spec))},"x":${deepJson(depth, "object")}}`,
            outcome: "accepted",
          };
      }
    });

/**
 * Frames of every kind a hostile or broken server could send, mixed with
 * valid events built by the test kit's factories. Each frame carries the
 * outcome it must have, known by construction.
 */
export function frameArbitrary(context: FrameContext): fc.Arbitrary<FuzzFrame> {
  return fc
    .oneof(
      { weight: 40, arbitrary: validEvent(context) },
      { weight: 18, arbitrary: invalidEvent(context) },
      { weight: 8, arbitrary: unknownEvent(context) },
      { weight: 6, arbitrary: badMessageShape(context) },
      { weight: 10, arbitrary: garbage(context) },
      { weight: 7, arbitrary: badCableFrame(context) },
      { weight: 5, arbitrary: foreignFrame(context) },
      { weight: 4, arbitrary: cableFrame(context) },
      { weight: 1, arbitrary: deepFrame(context) },
    )
    .map((frame) => Object.assign(frame, { [fc.toStringMethod]: () => describeFrame(frame) }));
}

/** A frame in one line, its text cut short: megabyte frames must not flood a failure report. */
export function describeFrame(frame: FuzzFrame): string {
  const { text } = frame;
  const shown = text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
  return `[${frame.kind} -> ${frame.outcome}] ${shown}`;
}

/** A valid `message.created` in a conversation no fuzzed frame touches, to prove the client still works. */
export function sentinelMessage(id: number): { event: string; data: Record<string, unknown> } {
  const { data } = buildValidEvent({
    kind: "message.created",
    seed: id,
    conversationId: 9_999,
    messageId: id,
    contactId: 9_999,
    userId: 9_999,
    notificationId: 1,
    minute: 0,
    isPrivate: false,
    counts: { unreadCount: 0, count: 0 },
    online: [],
  });
  return { event: "message.created", data };
}
