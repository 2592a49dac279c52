import type { LoadOutcome, UniLinkError } from "@unilink/core";
import { useEffect, useState } from "react";

/** A failed mount load, tagged with the load function it came from. */
export interface LoadFailure {
  readonly load: () => Promise<LoadOutcome>;
  readonly error: UniLinkError;
}

/**
 * Calls `load` after mount and again whenever `load` changes (new client,
 * new query or id), while `enabled`. Core shares concurrent identical
 * requests, so StrictMode's double effect still sends one.
 *
 * Returns the failure of the latest mount load. The store records most
 * failures itself; this also covers those it cannot see (a client without
 * `api`), so a view never waits for a load that already gave up.
 */
export function useAutoLoad(
  enabled: boolean,
  load: () => Promise<LoadOutcome>,
): LoadFailure | undefined {
  const [failure, setFailure] = useState<LoadFailure>();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    void load().then((outcome) => {
      if (current && !outcome.ok) setFailure({ load, error: outcome.error });
    });
    return () => {
      current = false;
    };
  }, [enabled, load]);
  return failure;
}
