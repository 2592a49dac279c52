import { UniLinkError } from "../errors";
import { frameExcerpt } from "./excerpt";
import type { Frame } from "./frames";

/** Outcome of {@link decodeFrame}: a frame, or a `protocol` error. Never thrown. */
export type DecodeResult = { ok: true; frame: Frame } | { ok: false; error: UniLinkError };

function fail(reason: string, raw: unknown): DecodeResult {
  return {
    ok: false,
    error: new UniLinkError("protocol", `Unreadable ActionCable frame: ${reason}`, {
      frame: frameExcerpt(raw),
    }),
  };
}

// Own properties only: an inherited (polluted) `type` must not change the meaning of a frame.
function field(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Syntax errors, and RangeError on pathological nesting.
    return { ok: false };
  }
}

function decodeTyped(type: unknown, record: object, raw: string): DecodeResult {
  const identifier = field(record, "identifier");
  switch (type) {
    case "welcome":
      return { ok: true, frame: { type: "welcome" } };
    case "ping": {
      const message = field(record, "message");
      if (typeof message !== "number") return fail("ping without a numeric message", raw);
      return { ok: true, frame: { type: "ping", message } };
    }
    case "confirm_subscription":
      if (typeof identifier !== "string") return fail("confirmation without identifier", raw);
      return { ok: true, frame: { type: "confirm", identifier } };
    case "reject_subscription":
      if (typeof identifier !== "string") return fail("rejection without identifier", raw);
      return { ok: true, frame: { type: "reject", identifier } };
    case "disconnect": {
      const reason = field(record, "reason");
      // Like the official client: only an explicit `true` allows a reconnect.
      const reconnect = field(record, "reconnect") === true;
      return {
        ok: true,
        frame: { type: "disconnect", reason: typeof reason === "string" ? reason : "", reconnect },
      };
    }
    default:
      return fail("unknown type", raw);
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
  if (typeof text !== "string") return fail("not a text frame", text);
  const parsed = parse(text);
  if (!parsed.ok) return fail("not JSON", text);
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("not a JSON object", text);
  }
  const type = field(value, "type");
  if (type !== undefined) return decodeTyped(type, value, text);
  const identifier = field(value, "identifier");
  if (typeof identifier !== "string") return fail("data frame without identifier", text);
  if (!Object.hasOwn(value, "message")) {
    return fail("data frame without message", text);
  }
  return { ok: true, frame: { type: "data", identifier, message: field(value, "message") } };
}
