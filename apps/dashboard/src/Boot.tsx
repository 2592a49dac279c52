import { useEffect, useState } from "react";
import { type AgentSession, loadAgentSession } from "./config/load-session";
import { serverUrl } from "./config/server-url";
import { Dashboard } from "./Dashboard";

// Once per page load: StrictMode runs effects twice, and a second sign-in would
// repeat every request.
let pendingSession: Promise<AgentSession> | undefined;

type BootState =
  | { kind: "loading" }
  | { kind: "failed"; reason: string }
  | { kind: "ready"; session: AgentSession };

/** Signs in, then shows the dashboard; explains how to start the dev server when it is not there. */
export function Boot() {
  const [state, setState] = useState<BootState>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    pendingSession ??= loadAgentSession();
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

  if (state.kind === "ready") return <Dashboard session={state.session} />;
  return (
    <main className="boot">
      <h1>UniLink agent dashboard</h1>
      {state.kind === "loading" ? (
        <p role="status">Signing in to {serverUrl()}…</p>
      ) : (
        <div role="alert">
          <p>
            Could not sign in to {serverUrl()}: {state.reason}
          </p>
          <p>
            Start everything with <code>pnpm dev</code>, or only the server with{" "}
            <code>pnpm --filter @unilink/testing exec unilink-dev-server</code>.
          </p>
        </div>
      )}
    </main>
  );
}
