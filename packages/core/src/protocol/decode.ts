import { UniLinkError } from "../errors";
import { opensAtMost } from "../schema/depth";
import { frameExcerpt } from "./excerpt";
import type { Frame } from "./frames";

/** Outcome of {@link decodeFrame}: a frame, or a `protocol` error. Never thrown. */
export type DecodeResult = { ok: true; frame: Frame } | { ok: false; error: UniLinkError };

/** The frame in `text`, or why there is none. */
function readFrame(text: unknown): Frame | string {
  if (typeof text !== "string") return "not a text frame";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Syntax errors, and RangeError on pathological nesting.
    return "not JSON";
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return "not a JSON object";
  }
  const record = value as Record<string, unknown>;
  // Own properties only: an inherited (polluted) `type` must not change the meaning of a frame.
  const field = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const identifier = field("identifier");
  const message = field("message");
  const named = typeof identifier === "string";
  switch (field("type")) {
    case undefined:
      if (!named) return "data frame without identifier";
      return Object.hasOwn(record, "message")
        ? { type: "data", identifier, message, shallow: opensAtMost(text) }
        : "data frame without message";
    case "welcome":
      return { type: "welcome" };
    case "ping":
      return typeof message === "number"
        ? { type: "ping", message }
        : "ping without a numeric message";
    case "confirm_subscription":
      return named ? { type: "confirm", identifier } : "confirmation without identifier";
    case "reject_subscription":
      return named ? { type: "reject", identifier } : "rejection without identifier";
    case "disconnect": {
      const reason = field("reason");
      // Like the official client: only an explicit `true` allows a reconnect.
      const reconnect = field("reconnect") === true;
      return { type: "disconnect", reason: typeof reason === "string" ? reason : "", reconnect };
    }
    default:
      return "unknown type";
  }
}

/**
 * Decodes one incoming WebSocket message. Anything that is not a text frame
 * holding a known ActionCable frame (binary data, invalid JSON, a JSON
 * non-object, an unknown `type`, a data frame without a string `identifier`
 * or without `message`) becomes a `protocol` {@link UniLinkError} carrying a
 * short, redacted excerpt. Never throws.
 */
export function decodeFrame(text: unknown): DecodeResult {
  const frame = readFrame(text);
  if (typeof frame !== "string") return { ok: true, frame };
  const error = new UniLinkError("protocol", `Unreadable ActionCable frame: ${frame}`, {
    frame: frameExcerpt(text),
  });
  return { ok: false, error };
}
