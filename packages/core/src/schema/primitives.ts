import * as z from "zod/mini";
import { toUnixSeconds } from "./validate/fields";

/**
 * An integer id. Older servers and some REST paths send ids as numeric
 * strings; they are coerced so that the store can key and compare them.
 */
export const IdSchema = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value: number | string) => Number(value)),
);

/**
 * A point in time, normalized to unix seconds (a float keeps sub-second
 * precision). The server mixes formats: `created_at` is unix seconds,
 * a message's `updated_at` an ISO string, a conversation's `updated_at` float
 * seconds. One unit lets the store compare them.
 */
export const TimestampSchema = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx) => {
    const seconds = toUnixSeconds(value);
    if (Number.isFinite(seconds)) return seconds;
    ctx.issues.push({ code: "custom", message: "expected a unix or ISO timestamp", input: value });
    return z.NEVER;
  }),
);

/**
 * A string the server documents as one of a few values but may extend in a
 * newer version: typed as the known values, validated only as a string.
 */
export function openString<T extends string>() {
  return z.custom<T | (string & {})>((value) => typeof value === "string", "expected a string");
}

/** Any JSON object; unknown keys kept. */
export const LooseRecordSchema = z.record(z.string(), z.unknown());
