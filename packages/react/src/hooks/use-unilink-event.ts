import type { UniLinkEventListener, UniLinkEventName } from "@unilink/core";
import { useEffect, useInsertionEffect, useRef } from "react";
import { useClientFor } from "../internal/use-client-for";

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
): void {
  const client = useClientFor("useUniLinkEvent");
  const latest = useRef(handler);
  // Insertion effects run before any other effect of the commit and never on the server.
  useInsertionEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const forward = ((...args: unknown[]) =>
      (latest.current as (...a: unknown[]) => void)(...args)) as UniLinkEventListener<N>;
    return client.on(name, forward);
  }, [client, name]);
}
