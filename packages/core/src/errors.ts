/**
 * What went wrong, as a stable string an app can switch on.
 * - `protocol`: a frame that is not JSON or not an ActionCable frame.
 * - `identifier`: a frame addressed to a subscription this client never made.
 * - `validation`: an event whose `data` failed its schema; nothing was stored.
 * - `unauthorized`: the subscription was rejected or never confirmed (bad or rotated token).
 * - `transport`: the socket could not be opened or closed unexpectedly.
 * - `subprotocol`: the server does not speak `actioncable-v1-json`.
 * - `http`: a REST call answered with a non-2xx status.
 * - `network`: a REST call never got an answer.
 * - `listener`: an app callback threw; the client carried on.
 * - `attachment`: a file was refused before upload (`details.reason`: `too_large`,
 *   `unsupported_type` or `too_many`; `details.fileName`).
 * - `cancelled`: the app cancelled a send (`cancelMessage`); the message can be retried.
 */
export type UniLinkErrorCode =
  | "protocol"
  | "identifier"
  | "validation"
  | "unauthorized"
  | "transport"
  | "subprotocol"
  | "http"
  | "network"
  | "listener"
  | "attachment"
  | "cancelled";

/** Extra facts attached to a {@link UniLinkError}; never contains a token. */
export interface UniLinkErrorDetails {
  /** Event name, for `validation` errors. */
  event?: string;
  /** Zod issue paths, for `validation` errors (e.g. `["data", "id"]`). */
  issues?: { path: (string | number)[]; message: string }[];
  /** HTTP status, for `http` errors. */
  status?: number;
  /** Response body (already redacted), for `http` errors. */
  body?: unknown;
  /** A short, redacted excerpt of the offending frame. */
  frame?: string;
  /** Why an `attachment` error refused a file. */
  reason?: "too_large" | "unsupported_type" | "too_many";
  /** The refused file's name, for `attachment` errors. */
  fileName?: string;
  /** The refused file's size in bytes, or how many files were given (`too_many`). */
  size?: number;
  /** The limit it broke (bytes, or files for `too_many`). */
  limit?: number;
}

const secrets = new Set<string>();

/**
 * Registers a secret (pubsub or API token) so that it is masked in every
 * error message and detail produced afterwards. Called by the client for
 * every token it is given.
 */
export function registerSecret(secret: string | undefined | null): void {
  if (secret && secret.length >= 4) secrets.add(secret);
}

/** Replaces every registered secret in `text` with `[redacted]`. */
export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) {
    if (out.includes(secret)) out = out.split(secret).join("[redacted]");
  }
  return out;
}

function redactValue(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (value === null || typeof value !== "object") return value;
  try {
    return JSON.parse(redact(JSON.stringify(value)));
  } catch {
    return undefined;
  }
}

/**
 * The one error type the library reports, through `onError` and rejected
 * promises. Its message and details are redacted: tokens never appear.
 */
export class UniLinkError extends Error {
  /** What kind of failure this is. */
  readonly code: UniLinkErrorCode;
  /** Structured, redacted facts about the failure. */
  readonly details: UniLinkErrorDetails;

  constructor(code: UniLinkErrorCode, message: string, details: UniLinkErrorDetails = {}) {
    super(redact(message));
    this.name = "UniLinkError";
    this.code = code;
    this.details = redactValue(details) as UniLinkErrorDetails;
  }
}

/** True when `value` is a {@link UniLinkError}. */
export function isUniLinkError(value: unknown): value is UniLinkError {
  return value instanceof UniLinkError;
}
