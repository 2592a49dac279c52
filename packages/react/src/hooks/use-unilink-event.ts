import type { ResyncResult, UniLinkEventListener, UniLinkEventName } from "@unilink/core";
import { useEffect, useInsertionEffect, useRef } from "react";
import { useClientFor } from "../internal/use-client-for";

type AnyListener = (...args: unknown[]) => void;

/**
 * Calls `handler` for every event named `name` (with the typed `data`, then
 * the whole event), or for every event with `"*"` (unknown ones included).
 * It runs after the store has applied the event, so hooks read the new state.
 *
 * The latest `handler` is always the one called, yet the hook subscribes
 * once per client and name: an inline arrow function does not resubscribe
 * on every render. Nothing is subscribed during server rendering.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * useUniLinkEvent("message.created", (message) => {
 *   if (message.conversation_id !== openId) notify(message.content);
 * });
 */
export function useUniLinkEvent<N extends UniLinkEventName | "*">(
  name: N,
  handler: UniLinkEventListener<N>,
): void;
/**
 * Calls `handler` with the client's own `resync` result (`{ok, error?,
 * durationMs}`) after every resync: after a reconnect, after the page
 * slept, or `client.resync()`. Not delivered to `"*"`. Same subscription
 * rules as for server events. For the latest state, see `useResyncState`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * useUniLinkEvent("resync", (result) => {
 *   if (!result.ok) toast(`Could not refresh: ${result.error?.message}`);
 * });
 */
export function useUniLinkEvent(name: "resync", handler: (result: ResyncResult) => void): void;
export function useUniLinkEvent(name: string, handler: unknown): void {
  const client = useClientFor("useUniLinkEvent");
  const latest = useRef(handler);
  // Insertion effects run before any other effect of the commit and never on the server.
  useInsertionEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const forward: AnyListener = (...args) => (latest.current as AnyListener)(...args);
    // `on` is overloaded per name; this one subscription serves all of them.
    const on = client.on as (name: string, listener: AnyListener) => () => void;
    return on.call(client, name, forward);
  }, [client, name]);
}
