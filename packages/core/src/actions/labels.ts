import { runFieldAction } from "./field-action";
import type { ActionHost, ActionOutcome } from "./host";

/**
 * Sets a conversation's labels to exactly `labels` (`POST .../labels`, which
 * replaces the set; titles the account does not have are dropped by the
 * platform). Other dashboards get `conversation.updated`. Resolves to the
 * labels the conversation now carries.
 */
export function setConversationLabels(
  client: ActionHost,
  conversationId: number,
  labels: readonly string[],
): Promise<ActionOutcome<string[]>> {
  const unique = [...new Set(labels)];
  return runFieldAction(client, conversationId, { labels: unique }, (api) =>
    api.setLabels(conversationId, unique),
  );
}

function storedLabels(client: ActionHost, conversationId: number): string[] {
  return [...(client.store.getState().conversations[conversationId]?.labels ?? [])];
}

/** Adds labels to the ones a conversation carries (see {@link setConversationLabels}). */
export function addConversationLabels(
  client: ActionHost,
  conversationId: number,
  labels: readonly string[],
): Promise<ActionOutcome<string[]>> {
  return setConversationLabels(client, conversationId, [
    ...storedLabels(client, conversationId),
    ...labels,
  ]);
}

/** Removes labels from a conversation (see {@link setConversationLabels}). */
export function removeConversationLabels(
  client: ActionHost,
  conversationId: number,
  labels: readonly string[],
): Promise<ActionOutcome<string[]>> {
  const removed = new Set(labels);
  const kept = storedLabels(client, conversationId).filter((label) => !removed.has(label));
  return setConversationLabels(client, conversationId, kept);
}
