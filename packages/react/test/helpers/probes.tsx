import type { UniLinkClient } from "@unilink/core";
import { useUniLinkClient, useUniLinkStore } from "../../src";

/**
 * Shows how many conversations the store holds: tests wait on it to know a
 * broadcast has been applied before asserting that something else did not
 * re-render.
 */
export function ConversationTotal() {
  const total = useUniLinkStore((state) => Object.keys(state.conversations).length);
  return <p data-testid="total">{total}</p>;
}

/** Hands the provider's client to the test on every render. */
export function CaptureClient({ onClient }: { onClient: (client: UniLinkClient) => void }) {
  onClient(useUniLinkClient());
  return null;
}
