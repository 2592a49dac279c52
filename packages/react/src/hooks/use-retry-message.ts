import type { SendOutcome } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";

/**
 * A stable `retry(echoId)` for failed sends: re-sends the message under the
 * same echo id, so a server that did get the first attempt creates no
 * second message. A failed pending message's `id` is its `echo_id`.
 * Resolves like `useSendMessage`'s promise; never rejects (an unknown echo
 * id resolves `{ok: false}` with a `validation` error).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const retry = useRetryMessage();
 * {message.status === "failed" && <button onClick={() => retry(message.echo_id)}>Retry</button>}
 */
export function useRetryMessage(): (echoId: string) => Promise<SendOutcome> {
  const client = useClientFor("useRetryMessage");
  return useCallback((echoId: string) => client.retryMessage(echoId), [client]);
}
