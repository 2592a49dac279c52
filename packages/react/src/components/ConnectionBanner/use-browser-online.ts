import { useSyncExternalStore } from "react";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

const isOnline = () => navigator.onLine !== false;
const onServer = () => true;

/** The browser's own idea of being online (`navigator.onLine`); true on the server. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, onServer);
}
