import type { ConnectionStatus } from "@unilink/core";
import { useConnectionStatus, useResyncState, useUniLinkClient } from "@unilink/react";
import { useEffect, useState } from "react";

/** What to tell the user for each status; `null` means "nothing to say". */
const MESSAGES: Record<ConnectionStatus, string | null> = {
  idle: null, // not started (and what the server renders)
  connecting: "Connecting…",
  subscribing: "Connecting…",
  connected: null,
  resyncing: null, // live again; catching up in the background
  reconnecting: "Connection lost. Reconnecting…",
  unauthorized: "Your session has expired. Please sign in again.",
  disconnected: "Disconnected.",
};

/** True once `value` has been truthy for `ms`: a one-second blip shows nothing. */
function useAfter(value: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!value) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return value && late;
}

/**
 * A live region for connection trouble. It is always in the DOM (so screen
 * readers announce changes) and empty when all is well.
 */
export function ConnectionNotice() {
  const client = useUniLinkClient();
  const status = useConnectionStatus();
  const resync = useResyncState();
  const message = MESSAGES[status];
  const visible = useAfter(message !== null, 1500);
  const needsUser = status === "unauthorized";
  return (
    <div role={needsUser ? "alert" : "status"} className="connection-notice">
      {visible && message}
      {!visible && resync.status === "failed" && (
        <>
          Some updates may be missing.{" "}
          <button type="button" onClick={() => void client.resync()}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
