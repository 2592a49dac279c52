import type { StoreApi } from "zustand/vanilla";
import type { AgentApi } from "../api/agent-api";
import type { ContactApi } from "../api/contact-api";
import { UniLinkError } from "../errors";
import type { HydrateSnapshot, UniLinkState } from "../store/state";
import type { ResyncResult } from "../sync/outcomes";

/**
 * What the agent action functions need from a client. A `UniLinkClient`
 * is one; tests may pass anything with these members.
 */
export interface ActionHost {
  /** The REST client; actions need an agent API (`createAgentApi`). */
  readonly api: AgentApi | ContactApi | undefined;
  /** The store the actions change and read. */
  readonly store: StoreApi<UniLinkState>;
  /** Merges server data with the same rules as live events (older never overwrites newer). */
  hydrate(snapshot: HydrateSnapshot): void;
  /** One local store change: an optimistic update, its rollback, a load state. */
  applyLocalChange(change: (state: UniLinkState) => UniLinkState): void;
  /** Sends an error to the client's `onError`. */
  reportError(error: UniLinkError): void;
  /** Subscribes to the end of every resync (reconnect, wake-up); returns an unsubscribe function. */
  on(name: "resync", listener: (result: ResyncResult) => void): () => void;
}

/**
 * How an action went. Actions never reject: a failure is here (and in
 * `onError`), after the store was put back in step with the server.
 */
export type ActionOutcome<T = void> = { ok: true; value: T } | { ok: false; error: UniLinkError };

/** The host's agent API, or the error every action resolves with without one. */
export function agentApiOf(host: ActionHost): AgentApi | UniLinkError {
  if (host.api?.kind === "agent") return host.api;
  return new UniLinkError(
    "validation",
    "Agent actions need a client created with an agent api (options.api = createAgentApi(...))",
  );
}
