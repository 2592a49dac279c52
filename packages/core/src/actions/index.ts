export { assignConversation, assignTeam } from "./assign";
export { updateContact } from "./contact";
export type { ActionHost, ActionOutcome } from "./host";
export {
  addConversationLabels,
  removeConversationLabels,
  setConversationLabels,
} from "./labels";
export {
  loadAgents,
  loadCannedResponses,
  loadContact,
  loadContactConversations,
  loadLabels,
  loadTeams,
  refreshOnResync,
} from "./loaders";
export {
  CONVERSATION_PRIORITIES,
  type ConversationPriorityValue,
  setConversationPriority,
} from "./priority";
export { type SnoozePreset, snoozePresets, snoozeUntilFromDate } from "./snooze-presets";
export { setConversationStatus, snoozeConversation } from "./status";
