import type { ActionOutcome, UniLinkError } from "@unilink/core";
import { useCallback, useState } from "react";

/**
 * Runs an action and keeps its last error to show beside the control (core
 * already rolled the store back and told `onError`; this is the UI's part).
 */
export function useActionError(): [
  UniLinkError | null,
  (run: () => Promise<ActionOutcome<unknown>>) => void,
] {
  const [error, setError] = useState<UniLinkError | null>(null);
  const run = useCallback((action: () => Promise<ActionOutcome<unknown>>) => {
    setError(null);
    void action().then((outcome) => {
      if (!outcome.ok) setError(outcome.error);
    });
  }, []);
  return [error, run];
}
