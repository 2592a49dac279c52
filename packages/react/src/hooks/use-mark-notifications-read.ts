import type { LoadOutcome } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";

/**
 * A stable `markRead(ids | "all")` for the agent's notifications: core
 * shows them read and lowers the unread count at once, then tells the
 * platform (one request per notification, or its read-all call). If the
 * platform refuses, core undoes it; the promise never rejects and resolves
 * `{ok: false, error}` with the typed error (also sent to `onError`).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const markRead = useMarkNotificationsRead();
 * <button onClick={() => markRead("all")}>Mark all as read</button>
 */
export function useMarkNotificationsRead(): (
  ids: readonly number[] | "all",
) => Promise<LoadOutcome> {
  const client = useClientFor("useMarkNotificationsRead");
  return useCallback((ids) => client.markNotificationsRead(ids), [client]);
}
