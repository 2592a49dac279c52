import type { SendMessageInput, SendOutcome } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";

/**
 * A stable `send(input)` for one conversation (its identity changes only
 * with `conversationId`). Core does the work: the message shows at once in
 * `useMessages` as pending (`status: "sending"`, `id` = `echo_id`), goes out
 * in order once connected (queued while offline), and is replaced by the
 * server's copy exactly once. On failure it stays with `status: "failed"`
 * and `error`; retry it with {@link useRetryMessage}.
 *
 * The promise resolves when the message is settled and never rejects:
 * `{ok: true, echoId, message}` or `{ok: false, echoId, error}`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const send = useSendMessage(conversationId);
 * <form onSubmit={(e) => { e.preventDefault(); void send({ content: draft }); setDraft(""); }}>
 */
export function useSendMessage(
  conversationId: number,
): (input: SendMessageInput) => Promise<SendOutcome> {
  const client = useClientFor("useSendMessage");
  return useCallback(
    (input: SendMessageInput) => client.sendMessage(conversationId, input),
    [client, conversationId],
  );
}
