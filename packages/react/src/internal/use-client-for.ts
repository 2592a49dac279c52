import type { UniLinkClient } from "@unilink/core";
import { useContext } from "react";
import { UniLinkContext } from "../context";

/**
 * The provider's client, or a clear error naming the hook and the provider
 * when there is none: a missing provider is a wiring bug, not a runtime state.
 */
export function useClientFor(hookName: string): UniLinkClient {
  const client = useContext(UniLinkContext);
  if (!client) {
    throw new Error(
      `${hookName}() must be used inside <UniLinkProvider>: wrap your app (or this component) in <UniLinkProvider url=... pubsubToken=...> or <UniLinkProvider client={client}>.`,
    );
  }
  return client;
}
