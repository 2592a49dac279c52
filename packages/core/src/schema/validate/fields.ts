import type { IssueDetail } from "../issues";
import { MessageType } from "../message-type";

/**
 * Building blocks of the hand-written validators. A validator is a
 * {@link Check}: it reads one value, reports problems as issues at paths
 * relative to that value, and returns the value converted (or as it is). An
 * object validator is a {@link shape} of field checks: each field's issues
 * are put under its key (as zod does), and its converted value is written
 * into the output object. Output objects are copied from the input only when
 * something in them changes, so a payload that needs no conversion costs no
 * allocation.
 *
 * Messages are the ones the zod schemas in `schema/*.ts` produce (issue code
 * plus what was expected, or the schema's own message), so an error reads
 * the same whichever validator found it; the property tests compare both.
 */

/** A plain record being validated (the input, or its copy once a field changed). */
export type Loose = Record<string, unknown>;

/** Issues of one validation run, paths relative to the value being checked. */
export type Issues = IssueDetail[];

/** A validator: returns the normalized value, or pushes issues (then the result is meaningless). */
export type Check<T> = (input: unknown, issues: Issues) => T;

/** The field checks of an object, in the order the zod schema checks them. */
export type Shape = Record<string, Check<unknown>>;

/** Non-null, non-array object: what a zod object or record accepts from JSON. */
export function isObject(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * True for what JSON.parse makes: an `Object.prototype` object without an own
 * `__proto__` key. Anything else is copied the way zod copies it.
 */
function isJsonObject(value: Loose): boolean {
  return Object.getPrototypeOf(value) === Object.prototype && !Object.hasOwn(value, "__proto__");
}

/**
 * A plain copy without a `__proto__` key, as zod builds it: enumerable keys
 * (`z.looseObject`), or own enumerable keys only (`z.record`).
 */
function copy(value: Loose, ownOnly = false): Loose {
  if (!ownOnly && isJsonObject(value)) return { ...value };
  const result: Loose = {};
  for (const key in value) {
    if (key !== "__proto__" && (!ownOnly || Object.hasOwn(value, key))) result[key] = value[key];
  }
  return result;
}

/** zod's test for a record: an object whose constructor, if any, looks like `Object`. */
function isPlainRecord(value: unknown): value is Loose {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return true;
  const ctor = value.constructor;
  if (typeof ctor !== "function") return true;
  const ctorProto: unknown = ctor.prototype;
  return isObject(ctorProto) && Object.hasOwn(ctorProto, "isPrototypeOf");
}

/** Pushes an issue at `path`. */
export function report(issues: Issues, path: (string | number)[], message: string): void {
  issues.push({ path, message });
}

/** Puts `key` in front of the paths of the issues from index `from` on. */
function prefix(issues: Issues, from: number, key: string | number): void {
  for (let i = from; i < issues.length; i++) issues[i]?.path.unshift(key);
}

/** A finite number, as `z.number()` wants it. */
function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

const expected = (type: string) => `invalid_type (expected ${type})`;

/** `z.string()`. */
export const string: Check<unknown> = (value, issues) => {
  if (typeof value !== "string") report(issues, [], expected("string"));
  return value;
};

/** `openString()`: a string the server may extend, with the schema's own message. */
export const openString: Check<unknown> = (value, issues) => {
  if (typeof value !== "string") report(issues, [], "expected a string");
  return value;
};

/** `z.number()`: finite. */
export const number: Check<unknown> = (value, issues) => {
  if (!isNumber(value)) report(issues, [], expected("number"));
  return value;
};

/** `z.boolean()`. */
export const boolean: Check<unknown> = (value, issues) => {
  if (typeof value !== "boolean") report(issues, [], expected("boolean"));
  return value;
};

/** `z.union([z.string(), z.number()])`. */
export const stringOrNumber: Check<unknown> = (value, issues) => {
  if (typeof value !== "string" && !isNumber(value)) report(issues, [], "invalid_union");
  return value;
};

/** A nullish check; `shape` calls `inner` itself, skipping null and absent fields. */
interface Nullish<T> extends Check<T | null | undefined> {
  inner: Check<T>;
}

/** `z.nullish(check)`: null and absent pass as they are. */
export function nullish<T>(check: Check<T>): Nullish<T> {
  const wrapped = (value: unknown, issues: Issues) =>
    value == null ? value : check(value, issues);
  return Object.assign(wrapped, { inner: check });
}

/** `IdSchema`: an integer or a string of digits, read as a number. */
export const id: Check<unknown> = (value, issues) => {
  if (isNumber(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  report(issues, [], typeof value === "string" ? "invalid_format" : "invalid_union");
  return value;
};

/** Parses an ISO date or a numeric string into unix seconds; NaN when it is neither. */
export function toUnixSeconds(value: number | string): number {
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  if (trimmed !== "" && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  return Date.parse(trimmed) / 1000;
}

/** `TimestampSchema`: unix seconds or an ISO string, stored as unix seconds. */
export const timestamp: Check<unknown> = (value, issues) => {
  if (isNumber(value)) return value;
  if (typeof value !== "string") {
    report(issues, [], "invalid_union");
    return value;
  }
  const seconds = toUnixSeconds(value);
  if (Number.isFinite(seconds)) return seconds;
  report(issues, [], "expected a unix or ISO timestamp");
  return value;
};

const messageTypeByName: Readonly<Record<string, number>> = MessageType;

/** `MessageTypeSchema`: the integer, or its name as some REST payloads send it. */
export const messageType: Check<unknown> = (value, issues) => {
  if (isNumber(value)) return value;
  if (typeof value !== "string") {
    report(issues, [], "invalid_union");
    return value;
  }
  const known = Object.hasOwn(messageTypeByName, value) ? messageTypeByName[value] : undefined;
  if (known !== undefined) return known;
  if (/^\d+$/.test(value)) return Number(value);
  report(issues, [], "unknown message_type");
  return value;
};

/** `z.union([z.string(), z.number()])` read as a string (`echo_id`). */
export const stringOf: Check<unknown> = (value, issues) =>
  isNumber(value) ? String(value) : stringOrNumber(value, issues);

/** `LooseRecordSchema`: any object, kept as it is (an own `__proto__` dropped). */
export const record: Check<unknown> = (value, issues) => {
  if (!isPlainRecord(value)) {
    report(issues, [], expected("record"));
    return value;
  }
  return isJsonObject(value) ? value : copy(value, true);
};

/** `z.array(item)`: each item checked, the array copied only if an item changed. */
export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (value, issues) => {
    if (!Array.isArray(value)) {
      report(issues, [], expected("array"));
      return value as T[];
    }
    let items: unknown[] = value;
    for (let i = 0; i < value.length; i++) {
      const from = issues.length;
      const item = check(value[i], issues);
      if (issues.length > from) prefix(issues, from, i);
      else if (item !== value[i]) {
        if (items === value) items = value.slice();
        items[i] = item;
      }
    }
    return items as T[];
  };
}

/** `z.array(z.string())`. */
export const validateStrings = arrayOf(string) as Check<string[]>;

/**
 * `z.looseObject(fields)`: each field checked in order, unknown keys kept;
 * anything but an object is one `expected object` issue. A field with issues
 * keeps its input value; the others are written back when converted.
 */
export function shape<T>(fields: Shape): Check<T> {
  const keys = Object.keys(fields);
  const given = Object.values(fields) as Partial<Nullish<unknown>>[];
  const checks = given.map((check) => check.inner ?? (check as Check<unknown>));
  const nullable = given.map((check) => check.inner !== undefined);
  return (input, issues) => {
    if (!isObject(input)) {
      report(issues, [], expected("object"));
      return input as T;
    }
    let out = isJsonObject(input) ? input : copy(input);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const current = input[key];
      if (current == null && nullable[i]) continue;
      const from = issues.length;
      const value = (checks[i] as Check<unknown>)(current, issues);
      if (issues.length > from) prefix(issues, from, key);
      else if (value !== current) {
        if (out === input) out = copy(input);
        out[key] = value;
      }
    }
    return out as T;
  };
}
