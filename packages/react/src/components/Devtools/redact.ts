import { redact } from "@unilink/core";

/** Keys whose values never appear in devtools or recordings. */
const SECRET_KEY =
  /token|secret|password|passwd|api_?access|^identifier(_hash)?$|hmac(?!_verified)|authorization|cookie/i;
const MAX_DEPTH = 24;

/**
 * A deep copy of `value` safe to show or export: values under secret-like
 * keys (`pubsub_token`, `identifier`, `identifier_hash`, `api_access_token`,
 * ...) become `"[redacted]"`, and every registered secret (each token the
 * client was given) is masked inside any string.
 */
export function redactForDevtools(
  value: unknown,
  depth = 0,
  seen = new WeakSet<object>(),
): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH || seen.has(value)) return "[…]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactForDevtools(item, depth + 1, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] =
      SECRET_KEY.test(key) && item != null && item !== ""
        ? "[redacted]"
        : redactForDevtools(item, depth + 1, seen);
  }
  return copy;
}
