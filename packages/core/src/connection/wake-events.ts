/** Why the app woke up: the network came back, the window got focus, or the page became visible. */
export type WakeReason = "online" | "focus" | "visible";

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
export function listenForWake(onWake: (reason: WakeReason) => void): () => void {
  const win = target("window");
  const doc = target("document");
  const online = () => onWake("online");
  const focus = () => onWake("focus");
  const visibility = () => {
    if (isVisible()) onWake("visible");
  };
  win?.addEventListener("online", online);
  win?.addEventListener("focus", focus);
  doc?.addEventListener("visibilitychange", visibility);
  return () => {
    win?.removeEventListener("online", online);
    win?.removeEventListener("focus", focus);
    doc?.removeEventListener("visibilitychange", visibility);
  };
}
