import type { Contact } from "../schema/contact";
import type { Conversation, ConversationPriority } from "../schema/conversation";
import type { Agent, CannedResponse, Label } from "../schema/directory";
import type { Team } from "../schema/team";
import type { HttpRequest } from "./http";
import {
  validateAgentList,
  validateAssignedTeam,
  validateCannedResponseList,
  validateContactConversations,
  validateContactEnvelope,
  validateLabelList,
  validateLabelTitles,
  validateTeamList,
} from "./workspace-schemas";

/** The contact fields an agent edits; omitted fields are left as they are, `null` clears. */
export interface ContactPatch {
  name?: string;
  email?: string | null;
  phoneNumber?: string | null;
}

/** The Application API calls behind the agent workspace actions (issue 14). */
export interface AgentWorkspaceApi {
  /** `GET .../agents`: every agent and administrator of the account. */
  listAgents(): Promise<Agent[]>;
  /** `GET .../teams`. */
  listTeams(): Promise<Team[]>;
  /** `GET .../labels`: the account's labels with their colours. */
  listLabels(): Promise<Label[]>;
  /** `GET .../canned_responses`, optionally `?search=` (short code or content). */
  listCannedResponses(query?: { search?: string }): Promise<CannedResponse[]>;
  /** `POST .../conversations/{id}/assignments` `{team_id}`; `null` removes the team. */
  assignTeam(conversationId: number, teamId: number | null): Promise<Team | null>;
  /** `POST .../conversations/{id}/labels` `{labels}`: replaces the set; resolves to what it holds now. */
  setLabels(conversationId: number, labels: readonly string[]): Promise<string[]>;
  /** `POST .../conversations/{id}/toggle_priority` `{priority}`; `null` clears it. */
  setPriority(conversationId: number, priority: ConversationPriority | null): Promise<void>;
  /** `GET .../contacts/{id}`: the contact with custom and additional attributes. */
  getContact(contactId: number): Promise<Contact>;
  /** `PATCH .../contacts/{id}`: the updated contact. */
  updateContact(contactId: number, patch: ContactPatch): Promise<Contact>;
  /** `GET .../contacts/{id}/conversations`: every conversation of the contact. */
  listContactConversations(contactId: number): Promise<Conversation[]>;
}

/** Sends one account-scoped request with the agent's token. */
export type AgentCall = <T>(request: HttpRequest<T>) => Promise<T>;

function contactBody(patch: ContactPatch): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (patch.name !== undefined) body.name = patch.name;
  if (patch.email !== undefined) body.email = patch.email;
  if (patch.phoneNumber !== undefined) body.phone_number = patch.phoneNumber;
  return body;
}

/** The workspace calls of an agent API on `call`, under `account` (`/api/v1/accounts/{id}`). */
export function agentWorkspaceApi(call: AgentCall, account: string): AgentWorkspaceApi {
  const conversation = (id: number) => `${account}/conversations/${id}`;
  const contact = (id: number) => `${account}/contacts/${id}`;
  return {
    listAgents: () =>
      call({ method: "GET", path: `${account}/agents`, validate: validateAgentList }),
    listTeams: () => call({ method: "GET", path: `${account}/teams`, validate: validateTeamList }),
    listLabels: () =>
      call({ method: "GET", path: `${account}/labels`, validate: validateLabelList }),
    listCannedResponses: (query = {}) =>
      call({
        method: "GET",
        path: `${account}/canned_responses`,
        query: { search: query.search },
        validate: validateCannedResponseList,
      }),
    assignTeam: (id, teamId) =>
      call({
        method: "POST",
        path: `${conversation(id)}/assignments`,
        body: { team_id: teamId },
        validate: validateAssignedTeam,
      }),
    setLabels: (id, labels) =>
      call({
        method: "POST",
        path: `${conversation(id)}/labels`,
        body: { labels: [...labels] },
        validate: validateLabelTitles,
      }),
    setPriority: (id, priority) =>
      call({ method: "POST", path: `${conversation(id)}/toggle_priority`, body: { priority } }),
    getContact: (id) =>
      call({ method: "GET", path: contact(id), validate: validateContactEnvelope }),
    updateContact: (id, patch) =>
      call({
        method: "PATCH",
        path: contact(id),
        body: contactBody(patch),
        validate: validateContactEnvelope,
      }),
    listContactConversations: (id) =>
      call({
        method: "GET",
        path: `${contact(id)}/conversations`,
        validate: validateContactConversations,
      }),
  };
}
