import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventDataSchemas, type UniLinkEventName } from "../src/schema/events";
import type { IssueDetail } from "../src/schema/issues";
import { toIssueDetails } from "../src/schema/issues";
import { eventDataValidators } from "../src/schema/validate";

/**
 * The socket path validates with hand-written validators (`src/schema/validate`);
 * the zod schemas are their reference. For generated valid payloads and for
 * mutated ones, both must accept the same payloads, return equal values,
 * report the same issues, and leave the input untouched.
 */

type Gen = fc.Arbitrary<unknown>;

const digits = fc.nat({ max: 99_999 }).map(String);
const id: Gen = fc.oneof(fc.nat({ max: 1_000_000 }), digits);
const iso = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms).toISOString());
const timestamp: Gen = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800 }),
  fc.double({ min: 0, max: 4_102_444_800, noNaN: true }),
  iso,
  fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => ` ${s} `),
);
const str: Gen = fc.string({ maxLength: 8 });
const num: Gen = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const bool: Gen = fc.boolean();
const record: Gen = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), {
  maxKeys: 3,
});
const messageType: Gen = fc.oneof(
  fc.nat(5),
  fc.constantFrom("incoming", "outgoing", "activity", "template", "2"),
);
const stringOrNumber: Gen = fc.oneof(str, fc.integer());
const unknownFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }).map((key) => `x_${key}`),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);

/** An object with `required` always present, `optional` present (maybe null) or not, plus unknown keys. */
function object(required: Record<string, Gen>, optional: Record<string, Gen> = {}): Gen {
  const nullable = Object.fromEntries(
    Object.entries(optional).map(([key, gen]) => [key, fc.option(gen, { nil: null })]),
  );
  return fc
    .tuple(
      fc.record({ ...required, ...nullable }, { requiredKeys: Object.keys(required) }),
      unknownFields,
    )
    .map(([known, extra]) => ({ ...extra, ...known }));
}
const list = (item: Gen): Gen => fc.array(item, { maxLength: 2 });

const participant = object(
  { id },
  {
    name: str,
    avatar_url: str,
    thumbnail: str,
    type: fc.constantFrom("user", "contact", "agent_bot"),
    available_name: str,
    availability_status: fc.constantFrom("online", "busy", "offline"),
  },
);
const attachment = object(
  { id },
  {
    message_id: id,
    file_type: fc.constantFrom("image", "file"),
    data_url: str,
    thumb_url: str,
    file_size: num,
    extension: str,
    account_id: id,
  },
);
const messageFields = {
  required: { id, conversation_id: id, created_at: timestamp },
  optional: {
    updated_at: timestamp,
    content: str,
    message_type: messageType,
    content_type: str,
    content_attributes: object({}, { deleted: bool }),
    private: bool,
    status: fc.constantFrom("sent", "read", "failed"),
    source_id: stringOrNumber,
    sender_type: str,
    sender_id: id,
    sender: participant,
    attachments: list(attachment),
    echo_id: stringOrNumber,
    account_id: id,
    inbox_id: id,
    external_source_ids: record,
    conversation: object({}, { assignee_id: id, unread_count: num, last_activity_at: timestamp }),
  },
};
const message = object(messageFields.required, messageFields.optional);
const contactFields = {
  name: str,
  email: str,
  phone_number: str,
  identifier: str,
  thumbnail: str,
  additional_attributes: record,
  custom_attributes: record,
  blocked: bool,
  type: str,
  last_activity_at: timestamp,
  created_at: timestamp,
  account_id: id,
};
const contact = object({ id }, contactFields);
const team = object({ id }, { name: str });
const conversationFields = {
  account_id: id,
  inbox_id: id,
  status: fc.constantFrom("open", "resolved"),
  priority: fc.constantFrom("low", "urgent"),
  labels: list(str),
  unread_count: num,
  can_reply: bool,
  channel: str,
  created_at: timestamp,
  updated_at: timestamp,
  last_activity_at: timestamp,
  timestamp,
  agent_last_seen_at: timestamp,
  contact_last_seen_at: timestamp,
  waiting_since: timestamp,
  first_reply_created_at: timestamp,
  snoozed_until: timestamp,
  messages: list(message),
  meta: object(
    {},
    { sender: contact, assignee: participant, assignee_type: str, team, hmac_verified: bool },
  ),
  contact_inbox: record,
  additional_attributes: record,
  custom_attributes: record,
};
const conversation = object({ id }, conversationFields);
const envelope = { account_id: id, performer: participant };
const notification = object(
  { id },
  {
    notification_type: str,
    primary_actor_type: str,
    primary_actor_id: id,
    primary_actor: object({}, { id }),
    read_at: timestamp,
    created_at: timestamp,
    last_activity_at: timestamp,
    snoozed_until: timestamp,
    push_message_title: str,
    account_id: id,
  },
);
const counts = { ...envelope, unread_count: num, count: num };
const statusMap = fc.dictionary(fc.string({ maxLength: 4 }), fc.constantFrom("online", "busy"), {
  maxKeys: 3,
});

const conversationData = object({ id }, { ...conversationFields, ...envelope });
const messageData = object(messageFields.required, { ...messageFields.optional, ...envelope });
const payloads: Record<UniLinkEventName, Gen> = {
  "message.created": messageData,
  "message.updated": object(messageFields.required, {
    ...messageFields.optional,
    ...envelope,
    previous_changes: record,
  }),
  "first.reply.created": messageData,
  "conversation.created": conversationData,
  "conversation.updated": conversationData,
  "conversation.status_changed": conversationData,
  "conversation.read": conversationData,
  "conversation.contact_changed": conversationData,
  "conversation.mentioned": conversationData,
  "assignee.changed": conversationData,
  "team.changed": conversationData,
  "conversation.typing_on": object(
    { conversation, user: participant },
    { ...envelope, is_private: bool },
  ),
  "conversation.typing_off": object(
    { conversation, user: participant },
    { ...envelope, is_private: bool },
  ),
  "contact.created": object({ id }, { ...contactFields, ...envelope }),
  "contact.updated": object({ id }, { ...contactFields, ...envelope }),
  "contact.merged": object({ id }, { ...contactFields, ...envelope }),
  "contact.deleted": object({ id }, { ...contactFields, ...envelope }),
  "notification.created": object({ notification }, counts),
  "notification.updated": object({ notification }, counts),
  "notification.deleted": object({ notification: object({ id }) }, counts),
  "account.cache_invalidated": object({}, { ...envelope, cache_keys: record }),
  "presence.update": object({}, { ...envelope, users: statusMap, contacts: statusMap }),
};

/** Values that break a field in every way a server (or an attacker) could. */
const badValue: Gen = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    " ",
    "abc",
    "12",
    "-3",
    "1e3",
    "Infinity",
    "2026-13-45",
    "incoming",
    "unknown_type",
    "constructor",
    "toString",
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    [],
    ["a", 1],
    {},
    { id: "x" },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to an object or array inside `value` (the root included). */
function containers(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [];
  const found = [path];
  for (const [key, child] of Object.entries(value)) {
    found.push(...containers(child, [...path, Array.isArray(value) ? Number(key) : key]));
  }
  return found;
}

function at(root: unknown, path: (string | number)[]): Record<string | number, unknown> {
  return path.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown>)[key],
    root,
  ) as Record<string | number, unknown>;
}

type Mutation =
  | { kind: "set"; pick: number; key: string; existing: number | null; value: unknown }
  | { kind: "delete"; pick: number; key: number }
  | { kind: "proto"; pick: number; value: unknown };

const knownKeys = fc.constantFrom(
  "id",
  "conversation_id",
  "created_at",
  "updated_at",
  "message_type",
  "echo_id",
  "source_id",
  "sender",
  "attachments",
  "conversation",
  "meta",
  "messages",
  "labels",
  "notification",
  "user",
  "is_private",
  "users",
  "contacts",
  "performer",
  "status",
  "content_attributes",
  "deleted",
  "primary_actor",
  "team",
  "assignee",
  "previous_changes",
  "cache_keys",
  "0",
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    pick: fc.nat(),
    key: knownKeys,
    existing: fc.option(fc.nat()),
    value: badValue,
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("proto" as const), pick: fc.nat(), value: badValue }),
);

/** A deep copy that keeps prototypes (fast-check makes null-prototype objects) and own `__proto__` keys. */
function clone(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(clone);
  const copy = Object.create(Object.getPrototypeOf(value));
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: clone(child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Applies `mutations` to a deep copy of `payload` (a root mutation may replace the whole payload). */
function mutate(payload: unknown, mutations: Mutation[]): unknown {
  let root = clone(payload);
  for (const change of mutations) {
    const paths = containers(root);
    if (paths.length === 0) {
      if (change.kind === "set") root = clone(change.value);
      continue;
    }
    const path = paths[change.pick % paths.length] as (string | number)[];
    const target = at(root, path);
    if (change.kind === "set") {
      const keys = Object.keys(target);
      const key =
        change.existing !== null && keys.length > 0
          ? (keys[change.existing % keys.length] as string)
          : Array.isArray(target)
            ? Number(change.key) || 0
            : change.key;
      if (path.length === 0 && change.key === "0" && !Array.isArray(target))
        root = clone(change.value);
      else target[key] = clone(change.value);
    } else if (change.kind === "delete") {
      const keys = Object.keys(target);
      if (keys.length > 0) delete target[keys[change.key % keys.length] as string];
    } else if (!Array.isArray(target)) {
      // What JSON.parse makes of `{"__proto__": ...}`: an own key, not a prototype.
      Object.defineProperty(target, "__proto__", {
        value: clone(change.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

function compare(name: UniLinkEventName, data: unknown): boolean {
  const before = clone(data);
  const reference = eventDataSchemas[name].safeParse(data);
  const issues: IssueDetail[] = [];
  const value = (eventDataValidators[name] as (input: unknown, issues: IssueDetail[]) => unknown)(
    data,
    issues,
  );
  expect(data).toStrictEqual(before);
  if (reference.success) {
    expect(issues).toEqual([]);
    expect(value).toStrictEqual(reference.data);
  } else {
    expect(issues).toEqual(toIssueDetails(reference.error.issues, []));
  }
  return reference.success;
}

const names = Object.keys(eventDataSchemas) as UniLinkEventName[];
/** One event name per schema: names sharing a schema share a validator too (checked below). */
const distinct = names.filter(
  (name, index) =>
    names.findIndex((other) => eventDataSchemas[other] === eventDataSchemas[name]) === index,
);

describe("socket-path validators match the zod schemas", () => {
  it("events that share a zod schema share a validator, and every event has one", () => {
    expect(Object.keys(eventDataValidators).sort()).toEqual([...names].sort());
    for (const name of names) {
      const twin = distinct.find((other) => eventDataSchemas[other] === eventDataSchemas[name]);
      expect(eventDataValidators[name]).toBe(eventDataValidators[twin as UniLinkEventName]);
    }
  });

  it.each(distinct)("%s: generated valid payloads are accepted with equal values", (name) => {
    fc.assert(
      fc.property(payloads[name], (data) => {
        expect(compare(name, data)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each(distinct)("%s: mutated payloads get the same verdict, value and issues", (name) => {
    let refused = 0;
    fc.assert(
      fc.property(
        payloads[name],
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (data, changes) => {
          if (!compare(name, mutate(data, changes))) refused++;
        },
      ),
      { numRuns: 250 },
    );
    // The mutations must actually break payloads, or the test proves nothing about refusals.
    expect(refused).toBeGreaterThan(10);
  });

  it.each([null, undefined, 0, "x", true, [], [{}]])(
    "a payload that is not an object (%s) is refused by both",
    (data) => {
      for (const name of names) expect(compare(name, data)).toBe(false);
    },
  );
});
