import { useMemo } from "react";

/** Defaults overridden by the labels the app passed; stable while `labels` is. */
export function useLabels<L extends object>(defaults: L, labels: Partial<L> | undefined): L {
  return useMemo(() => ({ ...defaults, ...labels }), [defaults, labels]);
}
