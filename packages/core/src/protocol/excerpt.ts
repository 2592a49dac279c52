import { redact } from "../errors";

const MAX_EXCERPT = 160;
// Redacting a multi-megabyte frame would be slow; tokens sit near the start anyway.
const MAX_SCANNED = 65_536;

/**
 * A short, redacted excerpt of an incoming frame for error details.
 * Redaction runs before truncation so that a cut can never expose half a token.
 */
export function frameExcerpt(frame: unknown): string {
  if (typeof frame !== "string") return `[${Object.prototype.toString.call(frame).slice(8, -1)}]`;
  const redacted = redact(frame.length > MAX_SCANNED ? frame.slice(0, MAX_SCANNED) : frame);
  return redacted.length > MAX_EXCERPT ? `${redacted.slice(0, MAX_EXCERPT)}…` : redacted;
}
