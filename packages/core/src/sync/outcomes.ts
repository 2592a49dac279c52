import { UniLinkError } from "../errors";
import type { Message } from "../schema/message";

/** How a load went. Loads never reject: failures are here, in the store and in `onError`. */
export type LoadOutcome = { ok: true } | { ok: false; error: UniLinkError };

/** How a send went. Sends never reject. */
export type SendOutcome =
  | { ok: true; echoId: string; message: Message }
  | { ok: false; echoId: string; error: UniLinkError };

/** Payload of the client's synthetic `resync` event. */
export interface ResyncResult {
  /** True when everything was refetched. */
  ok: boolean;
  /** The first failure, when `ok` is false. */
  error?: UniLinkError;
  /** How long it took. */
  durationMs: number;
}

/** The error of REST features used on a client created without `api`. */
export function noApiError(): UniLinkError {
  return new UniLinkError(
    "validation",
    "This client has no REST api: pass options.api from createAgentApi or createContactApi (or withRestSync(api))",
  );
}

/** Any thrown value as a {@link UniLinkError}. */
export function toUniLinkError(error: unknown): UniLinkError {
  if (error instanceof UniLinkError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new UniLinkError("network", reason);
}
