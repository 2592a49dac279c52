import type { IssueDetail } from "../issues";
import { MessageType } from "../message-type";

/**
 * Building blocks of the socket-path validators. Each check reads one field
 * of `input`, reports a problem as an issue at `[key]` (the caller prefixes
 * its own key, as zod does), and writes a converted value into the output
 * object. Output objects are copied from the input only when something in
 * them changes, so a payload that needs no conversion costs no allocation.
 *
 * Messages are the ones the zod schemas in `schema/*.ts` produce (issue code
 * plus what was expected, or the schema's own message), so an error reads
 * the same whichever validator found it; the property tests compare both.
 */

/** A plain record being validated (the input, or its copy once a field changed). */
export type Loose = Record<string, unknown>;

/** Issues of one validation run, paths relative to the value being checked. */
export type Issues = IssueDetail[];

/** A socket-path validator: returns the normalized value, or pushes issues (then the result is meaningless). */
export type Check<T> = (input: unknown, issues: Issues) => T;

const EXPECTED_STRING = "invalid_type (expected string)";

/** Checks the fields of an object payload, writing conversions into `out` (see {@link put}). */
export type Fields = (out: Loose, input: Loose, issues: Issues) => Loose;

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

/** A plain copy of a loose object, as zod builds it (enumerable keys, no `__proto__` key). */
function copyLoose(value: Loose): Loose {
  if (isJsonObject(value)) return { ...value };
  const copy: Loose = {};
  for (const key in value) if (key !== "__proto__") copy[key] = value[key];
  return copy;
}

/** A plain copy of a record, as `z.record` builds it (own enumerable keys, no `__proto__` key). */
function copyRecord(value: Loose): Loose {
  const copy: Loose = {};
  for (const key of Object.keys(value)) if (key !== "__proto__") copy[key] = value[key];
  return copy;
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

/**
 * The object a validator writes into: `input` itself while nothing changed,
 * a copy once something must. Anything but a JSON-like object is copied at once.
 */
export function startObject(input: Loose): Loose {
  return isJsonObject(input) ? input : copyLoose(input);
}

/** Sets `key` to `value` on `out`, copying `input` first if `out` is still `input`. */
export function put(out: Loose, input: Loose, key: string, value: unknown): Loose {
  if (value === input[key]) return out;
  const target = out === input ? copyLoose(input) : out;
  target[key] = value;
  return target;
}

/** Pushes an issue at `[...path]`. */
export function report(issues: Issues, path: (string | number)[], message: string): void {
  issues.push({ path, message });
}

/** Puts `key` in front of the paths of the issues from index `from` on. */
export function prefix(issues: Issues, from: number, key: string | number): void {
  for (let i = from; i < issues.length; i++) issues[i]?.path.unshift(key);
}

/** A finite number, as `z.number()` wants it. */
function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** `z.nullish(z.string())`. */
export function nullishString(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value != null && typeof value !== "string") report(issues, [key], EXPECTED_STRING);
}

/** `z.string()`: required. */
export function requiredString(input: Loose, key: string, issues: Issues): void {
  if (typeof input[key] !== "string") report(issues, [key], EXPECTED_STRING);
}

/** `z.nullish(openString())`: a string the server may extend, with the schema's own message. */
export function nullishOpenString(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value != null && typeof value !== "string") report(issues, [key], "expected a string");
}

/** `z.nullish(z.number())`. */
export function nullishNumber(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value != null && !isNumber(value)) {
    report(issues, [key], "invalid_type (expected number)");
  }
}

/** `z.nullish(z.boolean())`. */
export function nullishBoolean(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value != null && typeof value !== "boolean") {
    report(issues, [key], "invalid_type (expected boolean)");
  }
}

/** `z.nullish(z.union([z.string(), z.number()]))`. */
export function nullishStringOrNumber(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value != null && typeof value !== "string" && !isNumber(value)) {
    report(issues, [key], "invalid_union");
  }
}

/** `z.array(z.string())` as a whole value. */
export function validateStrings(value: unknown, issues: Issues): string[] {
  if (!Array.isArray(value)) {
    report(issues, [], "invalid_type (expected array)");
    return value as string[];
  }
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "string") report(issues, [i], EXPECTED_STRING);
  }
  return value;
}

/** `z.nullish(z.array(z.string()))`. */
export function nullishStringArray(input: Loose, key: string, issues: Issues): void {
  const value = input[key];
  if (value == null) return;
  const from = issues.length;
  validateStrings(value, issues);
  prefix(issues, from, key);
}

/** `IdSchema`: an integer or a string of digits, read as a number. */
function toId(value: unknown, key: string, issues: Issues): unknown {
  if (isNumber(value)) return value;
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return Number(value);
    report(issues, [key], "invalid_format");
    return value;
  }
  report(issues, [key], "invalid_union");
  return value;
}

/** A required `IdSchema` field (absent is an issue). */
export function id(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  return put(out, input, key, toId(input[key], key, issues));
}

/** `z.nullish(IdSchema)`. */
export function nullishId(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  return value == null ? out : put(out, input, key, toId(value, key, issues));
}

/** Parses an ISO date or a numeric string into unix seconds; NaN when it is neither. */
export function toUnixSeconds(value: number | string): number {
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  if (trimmed !== "" && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  return Date.parse(trimmed) / 1000;
}

function toTimestamp(value: unknown, key: string, issues: Issues): unknown {
  if (isNumber(value)) return value;
  if (typeof value !== "string") {
    report(issues, [key], "invalid_union");
    return value;
  }
  const seconds = toUnixSeconds(value);
  if (Number.isFinite(seconds)) return seconds;
  report(issues, [key], "expected a unix or ISO timestamp");
  return value;
}

/** A required `TimestampSchema` field: unix seconds or an ISO string, stored as unix seconds. */
export function timestamp(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  return put(out, input, key, toTimestamp(input[key], key, issues));
}

/** `z.nullish(TimestampSchema)`. */
export function nullishTimestamp(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  return value == null ? out : put(out, input, key, toTimestamp(value, key, issues));
}

const messageTypeByName: Readonly<Record<string, number>> = MessageType;

/** `z.nullish(MessageTypeSchema)`: the integer, or its name as some REST payloads send it. */
export function nullishMessageType(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  if (value == null || isNumber(value)) return out;
  if (typeof value !== "string") {
    report(issues, [key], "invalid_union");
    return out;
  }
  const known = Object.hasOwn(messageTypeByName, value) ? messageTypeByName[value] : undefined;
  if (known !== undefined) return put(out, input, key, known);
  if (/^\d+$/.test(value)) return put(out, input, key, Number(value));
  report(issues, [key], "unknown message_type");
  return out;
}

/** `z.nullish(z.union([z.string(), z.number()]))` read as a string (`echo_id`). */
export function nullishStringOf(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  if (value == null || typeof value === "string") return out;
  if (isNumber(value)) return put(out, input, key, String(value));
  report(issues, [key], "invalid_union");
  return out;
}

/** `z.nullish(LooseRecordSchema)`: any object, kept as it is (an own `__proto__` dropped). */
export function nullishRecord(out: Loose, input: Loose, key: string, issues: Issues): Loose {
  const value = input[key];
  if (value == null) return out;
  if (!isPlainRecord(value)) {
    report(issues, [key], "invalid_type (expected record)");
    return out;
  }
  return isJsonObject(value) ? out : put(out, input, key, copyRecord(value));
}

/** A nested field checked by `check`: its issues are put under `key`, its result written back. */
export function nested<T>(
  out: Loose,
  input: Loose,
  key: string,
  check: Check<T>,
  issues: Issues,
): Loose {
  const from = issues.length;
  const value = check(input[key], issues);
  if (issues.length > from) {
    prefix(issues, from, key);
    return out;
  }
  return put(out, input, key, value);
}

/** {@link nested} for a field that may be null or absent. */
export function nullishNested<T>(
  out: Loose,
  input: Loose,
  key: string,
  check: Check<T>,
  issues: Issues,
): Loose {
  return input[key] == null ? out : nested(out, input, key, check, issues);
}

/** `z.array(item)`: each item checked, the array copied only if an item changed. */
export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (value, issues) => {
    if (!Array.isArray(value)) {
      report(issues, [], "invalid_type (expected array)");
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

/** `z.looseObject(...)`: an object whose fields `fields` checks; anything else is one `expected object` issue. */
export function objectOf<T>(fields: Fields): Check<T> {
  return (input, issues) => {
    if (!isObject(input)) {
      report(issues, [], "invalid_type (expected object)");
      return input as T;
    }
    return fields(startObject(input), input, issues) as T;
  };
}
