import { type ReactElement, useEffect } from "react";
import { UniLinkContext } from "../context";
import type {
  UniLinkProviderClientProps,
  UniLinkProviderOwnedProps,
  UniLinkProviderProps,
} from "./props";
import { useOwnedClient } from "./use-owned-client";

function OwnedClientProvider({ children, ...options }: UniLinkProviderOwnedProps) {
  const client = useOwnedClient(options);
  return <UniLinkContext.Provider value={client}>{children}</UniLinkContext.Provider>;
}

function SharedClientProvider({ client, connect = false, children }: UniLinkProviderClientProps) {
  useEffect(() => {
    if (connect) client.connect(); // idempotent, so StrictMode's second call is harmless
  }, [client, connect]);
  return <UniLinkContext.Provider value={client}>{children}</UniLinkContext.Provider>;
}

function isClientProps(props: UniLinkProviderProps): props is UniLinkProviderClientProps {
  return props.client !== undefined;
}

/**
 * Makes one UniLink client available to the hooks below it.
 *
 * - With client options (`url`, `pubsubToken`, `accountId`, `userId`, ...):
 *   creates and owns exactly one client, connects it after mount and
 *   destroys it after unmount (no socket, no timer left). StrictMode's
 *   double mount keeps the same socket. A new `pubsubToken` string rotates
 *   the token on that socket (one resubscribe); other options are read once.
 * - With `client`: shares a client the app owns; never destroys or
 *   disconnects it, and connects it only when `connect` is true.
 *
 * Server rendering never connects and never touches `window` or
 * `WebSocket`: hooks render the store's initial state (status `idle`).
 *
 * @example
 * <UniLinkProvider url="https://chat.example.com" pubsubToken={profile.pubsub_token}
 *   accountId={1} userId={profile.id}>
 *   <Inbox />
 * </UniLinkProvider>
 * @example
 * const client = createUniLinkClient(options);
 * <UniLinkProvider client={client} connect>…</UniLinkProvider>
 */
export function UniLinkProvider(props: UniLinkProviderProps): ReactElement {
  // Two components, so switching between an owned and a shared client remounts cleanly.
  return isClientProps(props) ? (
    <SharedClientProvider {...props} />
  ) : (
    <OwnedClientProvider {...props} />
  );
}
