import { useEffect, useState } from "react";
import { loadVisitorSession, type VisitorSession } from "./config/contact-session";
import { serverUrl } from "./config/server-url";
import { ProductPage } from "./ProductPage";
import { VisitorChat } from "./VisitorChat";

// Once per page load: StrictMode runs effects twice, and a second sign-in would
// create a second contact.
let pendingSession: Promise<VisitorSession> | undefined;

type BootState =
  | { kind: "loading" }
  | { kind: "failed"; reason: string }
  | { kind: "ready"; session: VisitorSession };

/** The website; the chat appears once the visitor's contact session exists. */
export function Boot() {
  const [state, setState] = useState<BootState>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    pendingSession ??= loadVisitorSession();
    pendingSession.then(
      (session) => live && setState({ kind: "ready", session }),
      (error: unknown) =>
        live &&
        setState({
          kind: "failed",
          reason: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <ProductPage />
      {state.kind === "ready" && <VisitorChat session={state.session} />}
      {state.kind === "failed" && (
        <p className="chat-unavailable" role="alert">
          Chat unavailable: could not reach {serverUrl()} ({state.reason}). Start it with{" "}
          <code>pnpm dev</code>.
        </p>
      )}
    </>
  );
}
