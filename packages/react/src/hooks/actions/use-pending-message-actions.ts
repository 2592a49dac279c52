import { useMemo } from "react";
import { useClientFor } from "../../internal/use-client-for";

/** What {@link usePendingMessageActions} returns. */
export interface PendingMessageActions {
  /** Stops a queued or uploading send; the message stays, failed (`cancelled`), to retry or discard. */
  cancel(echoId: string): boolean;
  /** Removes a failed or queued message that was never delivered. */
  discard(echoId: string): boolean;
}

/**
 * Cancel and discard for messages that are still on their way (an upload
 * in progress, a failed send). Stable per client.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { cancel } = usePendingMessageActions();
 * <button onClick={() => cancel(message.echo_id)}>Cancel upload</button>
 */
export function usePendingMessageActions(): PendingMessageActions {
  const client = useClientFor("usePendingMessageActions");
  return useMemo(
    () => ({
      cancel: (echoId) => client.cancelMessage(echoId),
      discard: (echoId) => client.discardMessage(echoId),
    }),
    [client],
  );
}
