import type { AgentApi } from "../api/agent-api";
import { UniLinkError } from "../errors";
import type { UniLinkState } from "../store/state";
import { toUniLinkError } from "../sync/outcomes";
import { type ActionHost, type ActionOutcome, agentApiOf } from "./host";

/** One agent action: an optional optimistic change, the call, and how to undo and resettle. */
export interface ActionPlan<T> {
  /** Shows the expected result at once. */
  optimistic?: (state: UniLinkState) => UniLinkState;
  /** Undoes `optimistic` where nothing newer replaced it. */
  rollback?: (state: UniLinkState) => UniLinkState;
  /** The REST call. */
  call: (api: AgentApi) => Promise<T>;
  /** After success (e.g. fetch what the server changed beside the request). */
  after?: (api: AgentApi, value: T) => Promise<void>;
  /** After a failure: fetch the truth, so the store ends equal to the server. */
  resettle?: (api: AgentApi) => Promise<void>;
}

/**
 * Runs an action: optimistic change, call, and on failure rollback, typed
 * error to `onError`, and a refetch of what it touched. Never rejects.
 * Refetches are validated payloads merged by `updated_at`, so they can
 * never roll back a newer live change.
 */
export async function runAction<T>(
  host: ActionHost,
  plan: ActionPlan<T>,
): Promise<ActionOutcome<T>> {
  const api = agentApiOf(host);
  if (api instanceof UniLinkError) {
    host.reportError(api);
    return { ok: false, error: api };
  }
  if (plan.optimistic) host.applyLocalChange(plan.optimistic);
  let value: T;
  try {
    value = await plan.call(api);
  } catch (cause) {
    const error = toUniLinkError(cause);
    if (plan.rollback) host.applyLocalChange(plan.rollback);
    host.reportError(error);
    // A lost answer may hide a change the server made: ask it. If that fails too, the resync after the next reconnect settles it.
    await plan.resettle?.(api).catch(() => undefined);
    return { ok: false, error };
  }
  await plan.after?.(api, value).catch((cause) => host.reportError(toUniLinkError(cause)));
  return { ok: true, value };
}

/** Fetches one conversation and merges it (older than the stored one: ignored). */
export async function refetchConversation(host: ActionHost, api: AgentApi, id: number) {
  host.hydrate({ conversations: [await api.getConversation(id)] });
}
