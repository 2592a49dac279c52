import {
  addConversationLabels,
  assignConversation,
  loadAgents,
  refreshOnResync,
  selectAgents,
  snoozeConversation,
  snoozePresets,
  type UniLinkClient,
} from "@unilink/core";

/**
 * Hands a conversation to the first other agent, tags it and snoozes it
 * until tomorrow 09:00. Each action shows at once in the store, is rolled
 * back if the platform refuses it, and reaches every other dashboard live.
 */
export async function handOver(client: UniLinkClient, conversationId: number, meId: number) {
  await loadAgents(client);
  const colleague = selectAgents(client.store.getState()).find((agent) => agent.id !== meId);
  if (!colleague) return;
  const assigned = await assignConversation(client, conversationId, colleague.id);
  if (!assigned.ok) {
    console.warn(`could not assign: ${assigned.error.message}`);
    return;
  }
  await addConversationLabels(client, conversationId, ["handover"]);
  const tomorrow = snoozePresets(Date.now()).find((preset) => preset.id === "tomorrow");
  await snoozeConversation(client, conversationId, tomorrow?.until ?? null);
}

/** Keeps the agents list fresh: loaded now, and again after every reconnect. */
export function keepAgentsLoaded(client: UniLinkClient): () => void {
  return refreshOnResync(client, () => loadAgents(client));
}
