import { createUniLinkClient, type UniLinkClient, type UniLinkClientOptions } from "@unilink/core";
import { type RefObject, useEffect, useInsertionEffect, useRef, useState } from "react";
import { destroySoon, keepAlive, wasDestroyed } from "./deferred-destroy";

// The string token each owned client currently uses, so a re-render with the same token is a no-op.
const appliedToken = new WeakMap<UniLinkClient, string | undefined>();

function createOwned(
  options: UniLinkClientOptions,
  latest: RefObject<UniLinkClientOptions>,
): UniLinkClient {
  // Creating a client touches no network, timer or global: safe during render and on the server.
  const client = createUniLinkClient({
    ...options,
    onError: (error) => latest.current.onError?.(error),
  });
  appliedToken.set(
    client,
    typeof options.pubsubToken === "string" ? options.pubsubToken : undefined,
  );
  return client;
}

/**
 * One client per mounted provider, created lazily on first render (never
 * in a server-side effect: effects do not run there), connected in an
 * effect, destroyed after unmount. StrictMode's unmount/remount cancels the
 * pending teardown, so the socket is opened once. If a hidden subtree
 * (`<Activity>`) outlived its client, the next mount makes a fresh one.
 */
export function useOwnedClient(options: UniLinkClientOptions): UniLinkClient {
  const latest = useRef(options);
  useInsertionEffect(() => {
    latest.current = options;
  });
  const [client, setClient] = useState(() => createOwned(options, latest));

  useEffect(() => {
    if (wasDestroyed(client)) {
      setClient(createOwned(latest.current, latest));
      return;
    }
    keepAlive(client);
    client.connect();
    return () => destroySoon(client);
  }, [client]);

  const token = options.pubsubToken;
  useEffect(() => {
    if (typeof token !== "string" || wasDestroyed(client)) return;
    if (appliedToken.get(client) === token) return;
    appliedToken.set(client, token);
    // Unsubscribes the old identifier and subscribes the new one on the same socket.
    client.setToken(token);
  }, [client, token]);

  return client;
}
