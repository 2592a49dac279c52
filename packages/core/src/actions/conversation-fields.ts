import type { Conversation } from "../schema/conversation";
import type { Team } from "../schema/team";
import type { Participant } from "../schema/user";
import { deepEqual, preserve } from "../store/equal";
import { setEntry } from "../store/records";
import type { UniLinkState } from "../store/state";

/** The conversation fields agent actions change, by what they mean. */
export interface ConversationFields {
  status?: Conversation["status"];
  snoozed_until?: number | null;
  priority?: Conversation["priority"];
  labels?: string[];
  /** `meta.assignee` (and `meta.assignee_type`). */
  assignee?: Participant | null;
  /** `meta.team`. */
  team?: Team | null;
}

type FieldName = keyof ConversationFields;

function read(conversation: Conversation, field: FieldName): unknown {
  if (field === "assignee") return conversation.meta?.assignee ?? null;
  if (field === "team") return conversation.meta?.team ?? null;
  return conversation[field] ?? null;
}

function write(conversation: Conversation, fields: ConversationFields): Conversation {
  const { assignee, team, ...top } = fields;
  const next: Conversation = { ...conversation, ...top };
  if ("assignee" in fields) {
    next.meta = {
      ...next.meta,
      assignee: assignee ?? null,
      assignee_type: assignee ? (assignee.type === "agent_bot" ? "AgentBot" : "User") : null,
    };
  }
  if ("team" in fields) next.meta = { ...next.meta, team: team ?? null };
  return next;
}

function replace(state: UniLinkState, id: number, next: Conversation): UniLinkState {
  const stored = state.conversations[id];
  const conversation = preserve(stored, next);
  if (conversation === stored) return state;
  return { ...state, conversations: setEntry(state.conversations, id, conversation) };
}

/** The current values of `fields` on a stored conversation (to roll back to). */
export function readFields(
  state: UniLinkState,
  id: number,
  fields: ConversationFields,
): ConversationFields {
  const conversation = state.conversations[id];
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(fields) as FieldName[]) {
    out[field] = conversation ? read(conversation, field) : null;
  }
  return out as ConversationFields;
}

/** Shows `fields` on a stored conversation at once (`updated_at` untouched, so any server payload wins). */
export function patchConversation(
  state: UniLinkState,
  id: number,
  fields: ConversationFields,
): UniLinkState {
  const conversation = state.conversations[id];
  return conversation ? replace(state, id, write(conversation, fields)) : state;
}

/**
 * Puts back `previous` for every field that still shows what `applied`
 * set: a field a live event changed since is the server's, and stays.
 */
export function revertConversation(
  state: UniLinkState,
  id: number,
  applied: ConversationFields,
  previous: ConversationFields,
): UniLinkState {
  const conversation = state.conversations[id];
  if (!conversation) return state;
  const back: Record<string, unknown> = {};
  for (const field of Object.keys(applied) as FieldName[]) {
    if (deepEqual(read(conversation, field), applied[field] ?? null)) back[field] = previous[field];
  }
  return Object.keys(back).length === 0
    ? state
    : replace(state, id, write(conversation, back as ConversationFields));
}
