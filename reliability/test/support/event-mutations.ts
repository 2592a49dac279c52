import fc from "fast-check";
import { deletePath, getPath, nestedObject, objectAt, setOwn, setPath } from "./json-paths";
import type { ValidKind } from "./valid-events";

/** Events sharing one payload shape. */
export type Family =
  | "message"
  | "conversation"
  | "typing"
  | "contact"
  | "notification"
  | "presence"
  | "cache";

/** The payload shape of a known event. */
export function familyOf(kind: ValidKind): Family {
  if (kind === "message.created" || kind === "message.updated" || kind === "first.reply.created") {
    return "message";
  }
  if (kind.startsWith("conversation.typing")) return "typing";
  if (kind.startsWith("conversation.") || kind === "assignee.changed" || kind === "team.changed") {
    return "conversation";
  }
  if (kind.startsWith("contact.")) return "contact";
  if (kind.startsWith("notification.")) return "notification";
  return kind === "presence.update" ? "presence" : "cache";
}

type Path = readonly string[];

/** Values no id parser may accept (ids are numbers or strings of ASCII digits). */
const NOT_IDS = [true, false, {}, [], "abc", "", "-1", "1.5", " 7", "7 ", "1e3", "0x10", "٧"];
/** Values no timestamp parser may accept (numbers, numeric strings and dates are fine). */
const NOT_TIMES = [true, {}, [], "", "   ", "not a date", "soon"];
const NOT_OBJECTS = ["object", 5, true, []];
/** Counters are numbers; the same number as a string is refused. */
const NOT_NUMBERS = ["3", true, {}, [], "NaN"];
const NOT_BOOLEANS = ["true", 1, 0, {}, []];
const NOT_STRINGS = [5, true, {}, []];
const NOT_STRING_LISTS = ["vip", 5, {}, [1], [null]];
const NOT_STATUS_MAPS = ["online", 5, true, { "1": 5 }, { "1": null }, { "1": {} }];

/** Fields whose absence (or null) makes a payload invalid. */
const REQUIRED: Record<Family, Path[]> = {
  message: [["id"], ["conversation_id"], ["created_at"]],
  conversation: [["id"], ["meta", "sender", "id"]],
  typing: [["conversation"], ["user"], ["conversation", "id"], ["user", "id"]],
  contact: [["id"]],
  notification: [["notification"], ["notification", "id"]],
  presence: [],
  cache: [],
};

/** Typed fields and values of the wrong type for them (null excluded: most are nullable). */
const WRONGLY_TYPED: Record<Family, [Path, readonly unknown[]][]> = {
  message: [
    [["id"], NOT_IDS],
    [["conversation_id"], NOT_IDS],
    [["created_at"], NOT_TIMES],
    [["private"], NOT_BOOLEANS],
    [["content"], NOT_STRINGS],
    [["sender", "id"], NOT_IDS],
    [["account_id"], NOT_IDS],
  ],
  conversation: [
    [["id"], NOT_IDS],
    [["unread_count"], NOT_NUMBERS],
    [["labels"], NOT_STRING_LISTS],
    [["can_reply"], NOT_BOOLEANS],
    [["updated_at"], NOT_TIMES],
  ],
  typing: [
    [["conversation", "id"], NOT_IDS],
    [["user", "id"], NOT_IDS],
    [["conversation"], NOT_OBJECTS],
    [["user"], NOT_OBJECTS],
    [["is_private"], ["yes", 1, {}]],
  ],
  contact: [
    [["id"], NOT_IDS],
    [["blocked"], NOT_BOOLEANS],
    [["email"], NOT_STRINGS],
  ],
  notification: [
    [["notification", "id"], NOT_IDS],
    [["notification"], NOT_OBJECTS],
    [["unread_count"], NOT_NUMBERS],
    [["count"], NOT_NUMBERS],
  ],
  presence: [
    [["users"], NOT_STATUS_MAPS],
    [["contacts"], NOT_STATUS_MAPS],
  ],
  cache: [
    [["cache_keys"], ["label", 5, true]],
    [["account_id"], NOT_IDS],
  ],
};

/** Nullable fields: `null` there is valid ("nulls everywhere"). */
const NULLABLE: Record<Family, Path[]> = {
  message: [
    ["content"],
    ["message_type"],
    ["content_type"],
    ["content_attributes"],
    ["private"],
    ["status"],
    ["source_id"],
    ["sender_type"],
    ["sender_id"],
    ["sender"],
    ["attachments"],
    ["inbox_id"],
    ["external_source_ids"],
    ["conversation"],
    ["updated_at"],
    ["account_id"],
  ],
  conversation: [
    ["account_id"],
    ["inbox_id"],
    ["status"],
    ["priority"],
    ["labels"],
    ["unread_count"],
    ["can_reply"],
    ["channel"],
    ["created_at"],
    ["updated_at"],
    ["last_activity_at"],
    ["timestamp"],
    ["agent_last_seen_at"],
    ["contact_last_seen_at"],
    ["waiting_since"],
    ["first_reply_created_at"],
    ["snoozed_until"],
    ["messages"],
    ["meta"],
    ["contact_inbox"],
    ["additional_attributes"],
    ["custom_attributes"],
  ],
  typing: [["is_private"], ["account_id"], ["conversation", "meta"], ["user", "name"]],
  contact: [
    ["name"],
    ["email"],
    ["phone_number"],
    ["identifier"],
    ["thumbnail"],
    ["additional_attributes"],
    ["custom_attributes"],
    ["blocked"],
    ["type"],
    ["account_id"],
  ],
  notification: [["unread_count"], ["count"], ["account_id"]],
  presence: [["users"], ["contacts"], ["account_id"]],
  cache: [["cache_keys"], ["account_id"]],
};

/** Ids that may arrive as digit strings ("numbers as strings" that are still valid). */
const ID_FIELDS: Record<Family, Path[]> = {
  message: [["id"], ["conversation_id"], ["inbox_id"], ["account_id"]],
  conversation: [["id"], ["inbox_id"], ["account_id"]],
  typing: [
    ["conversation", "id"],
    ["user", "id"],
  ],
  contact: [["id"]],
  notification: [["notification", "id"]],
  presence: [],
  cache: [],
};

/** Objects that keep unknown keys: extra (even `__proto__`) keys there are valid. */
const OPEN_OBJECTS: Record<Family, Path[]> = {
  message: [[], ["content_attributes"], ["external_source_ids"], ["conversation"]],
  conversation: [[], ["meta"], ["custom_attributes"], ["additional_attributes"], ["contact_inbox"]],
  typing: [[], ["conversation"], ["user"]],
  contact: [[], ["custom_attributes"], ["additional_attributes"]],
  notification: [[], ["notification"]],
  presence: [[]],
  cache: [[], ["cache_keys"]],
};

/** Long text where a string is expected. */
const TEXT_FIELDS: Record<Family, Path[]> = {
  message: [["content"]],
  conversation: [["channel"]],
  typing: [["user", "name"]],
  contact: [["name"]],
  notification: [["notification", "push_message_title"]],
  presence: [],
  cache: [],
};

/** Keys that pollute prototypes when a merge assigns them naively. */
export const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "x_unknown",
] as const;

const hostileValue = fc.oneof(
  fc.constant({ polluted: true }),
  fc.constant({ prototype: { polluted: true } }),
  fc.constant("polluted"),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary", maxLength: 64 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "\u202eevil\u202c",
      "\ud800 lone surrogate",
      "nul\u0000byte",
      "😀👍🏽",
      "<script>alert(1)</script>",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(10_000, 100_000, 1_000_000).map((n) => "x".repeat(n)) },
);

/** A change that keeps a payload valid (and its frame accepted). */
export type Preserving = (data: Record<string, unknown>, family: Family) => void;

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length];

/** Changes servers may make without breaking the schema, each a {@link Preserving}. */
export const preservingArbitrary: fc.Arbitrary<Preserving> = fc.oneof(
  fc.nat().map(
    (index): Preserving =>
      (data, family) => {
        const path = pick(ID_FIELDS[family], index);
        const value = path ? getPath(data, path) : undefined;
        if (path && typeof value === "number") setPath(data, path, String(value));
      },
  ),
  fc.boolean().map(
    (iso): Preserving =>
      (data, family) => {
        if (family !== "message" || typeof data.created_at !== "number") return;
        const seconds = data.created_at;
        data.created_at = iso ? new Date(seconds * 1000).toISOString() : String(seconds);
      },
  ),
  fc.nat().map(
    (index): Preserving =>
      (data, family) => {
        const path = pick(NULLABLE[family], index);
        if (path) setPath(data, path, null);
      },
  ),
  fc.constant<Preserving>((data, family) => {
    for (const path of NULLABLE[family]) setPath(data, path, null);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_KEYS), hostileValue).map(
    ([index, key, value]): Preserving =>
      (data, family) => {
        const path = pick(OPEN_OBJECTS[family], index) ?? [];
        setOwn(objectAt(data, path), key, value);
      },
  ),
  fc.tuple(fc.nat(), text).map(
    ([index, value]): Preserving =>
      (data, family) => {
        const path = pick(TEXT_FIELDS[family], index);
        if (path) setPath(data, path, value);
      },
  ),
  fc.integer({ min: 2, max: 400 }).map(
    (depth): Preserving =>
      (data) => {
        setOwn(data, "x_nested", nestedObject(depth));
      },
  ),
  // Another account's event: dropped without a word (multi-account agents).
  fc.constant<Preserving>((data) => {
    data.account_id = 2;
  }),
);

/** A change that makes a payload invalid: the frame must be refused with one `validation` error. */
export type Breaking = (data: Record<string, unknown>, family: Family) => unknown;

/** Breaks a payload: a required field removed or nulled, a typed field of the wrong type, or no object at all. */
export const breakingArbitrary: fc.Arbitrary<Breaking> = fc.oneof(
  fc.tuple(fc.nat(), fc.boolean()).map(
    ([index, remove]): Breaking =>
      (data, family) => {
        const path = pick(REQUIRED[family], index);
        if (!path) return null;
        if (remove) deletePath(data, path);
        else setPath(data, path, null);
        return data;
      },
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([index, valueIndex]): Breaking =>
      (data, family) => {
        const [path, values] = pick(WRONGLY_TYPED[family], index) ?? [["account_id"], NOT_IDS];
        setPath(data, path, pick(values, valueIndex));
        return data;
      },
  ),
  fc.constantFrom(null, 5, "data", true, [], [{ id: 1 }]).map(
    (replacement): Breaking =>
      () =>
        replacement,
  ),
);
