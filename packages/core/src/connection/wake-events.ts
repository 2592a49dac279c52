interface ListenerTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

// `window`/`document` are absent in Node and React Native (where `window` exists without
// addEventListener), so every access is guarded.
function target(name: "window" | "document"): ListenerTarget | undefined {
  const value = (globalThis as Record<string, unknown>)[name] as
    | Partial<ListenerTarget>
    | undefined;
  if (typeof value?.addEventListener !== "function") return undefined;
  if (typeof value.removeEventListener !== "function") return undefined;
  return value as ListenerTarget;
}

function isVisible(): boolean {
  const doc = (globalThis as { document?: { visibilityState?: unknown } }).document;
  return doc?.visibilityState === undefined || doc.visibilityState === "visible";
}

/**
 * Calls `onWake` on `online`/`focus` (window) and on `visibilitychange` to
 * visible (document), where those exist. Returns a function removing every
 * listener it added.
 */
export function listenForWake(onWake: () => void): () => void {
  // Own closures, so two callers passing the same function stay independent.
  const wake = () => onWake();
  const visibility = () => {
    if (isVisible()) onWake();
  };
  const win = target("window");
  const listeners = [
    [win, "online", wake],
    [win, "focus", wake],
    [target("document"), "visibilitychange", visibility],
  ] as const;
  for (const [on, type, listener] of listeners) on?.addEventListener(type, listener);
  return () => {
    for (const [on, type, listener] of listeners) on?.removeEventListener(type, listener);
  };
}
