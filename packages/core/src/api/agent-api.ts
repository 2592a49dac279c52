import { registerSecret } from "../errors";
import type { Conversation, ConversationStatus } from "../schema/conversation";
import type { Message } from "../schema/message";
import type { Participant } from "../schema/user";
import { validateConversation } from "../schema/validate/conversation";
import { validateMessage } from "../schema/validate/message";
import { type AgentWorkspaceApi, agentWorkspaceApi } from "./agent-workspace-api";
import { createHttpClient, type HttpOptions, type HttpRequest, type UploadOptions } from "./http";
import {
  type ConversationListPage,
  type MessagePage,
  type NotificationPage,
  type Profile,
  type ToggleStatusResult,
  validateAssignee,
  validateConversationListPage,
  validateMessagePage,
  validateNotificationPage,
  validateProfile,
  validateToggleStatus,
  withConversationId,
} from "./schemas";

/** Options of {@link createAgentApi}. */
export interface AgentApiOptions extends HttpOptions {
  /** The agent's access token (profile settings); sent as `api_access_token`. */
  accessToken: string;
  /** The account every account-scoped path uses. */
  accountId: number;
}

/** `assignee_type` filter of the conversation list. */
export type AssigneeType = "me" | "unassigned" | "assigned" | "all";

/** Query of {@link AgentApi.listConversations}; every field optional. */
export interface AgentConversationQuery {
  /** Default on the server: `open`. */
  status?: ConversationStatus | "all";
  assigneeType?: AssigneeType;
  inboxId?: number;
  teamId?: number;
  /** 1-based; the server sends 25 per page. */
  page?: number;
  /** e.g. `latest`, `created_at_asc`, `priority_desc`, `waiting_since_asc`. */
  sortBy?: string;
  /** Only conversations updated in the last N seconds (unpaginated). */
  updatedWithin?: number;
  /** Search: conversations with a message containing this text, in any status. */
  q?: string;
}

/** Which messages {@link AgentApi.listMessages} returns: latest 20, 20 `before`, up to 100 `after`. */
export interface AgentMessageCursor {
  before?: number;
  after?: number;
}

/** What {@link AgentApi.sendMessage} sends. */
export interface AgentSendInput {
  content: string;
  /** A private note. Default false. */
  private?: boolean;
  /** The optimistic id the server echoes back (in the answer and in `message.created`). */
  echoId: string;
  contentAttributes?: Record<string, unknown>;
  /** Files to attach (sent as multipart `attachments[]`). */
  attachments?: readonly Blob[];
}

/** The Application API calls an agent client needs beside the socket. */
export interface AgentApi extends AgentWorkspaceApi {
  /** Tells the client which kind of API this is. */
  readonly kind: "agent";
  /** The account of every account-scoped path. */
  readonly accountId: number;
  /** `GET /api/v1/profile`: the agent, with the current `pubsub_token`. */
  profile(): Promise<Profile>;
  /** `GET .../conversations`: one page (25) with the platform's counts. */
  listConversations(query?: AgentConversationQuery): Promise<ConversationListPage>;
  /** `GET .../conversations/{id}`. */
  getConversation(conversationId: number): Promise<Conversation>;
  /** `GET .../conversations/{id}/messages`: oldest first. */
  listMessages(conversationId: number, cursor?: AgentMessageCursor): Promise<MessagePage>;
  /** `POST .../conversations/{id}/messages`: the created message (with `echo_id`). */
  sendMessage(
    conversationId: number,
    input: AgentSendInput,
    upload?: UploadOptions,
  ): Promise<Message>;
  /** `POST .../conversations/{id}/toggle_typing_status`. */
  toggleTyping(
    conversationId: number,
    input: { typingStatus: "on" | "off"; isPrivate?: boolean },
  ): Promise<void>;
  /** `POST .../conversations/{id}/update_last_seen` (no socket event follows). */
  updateLastSeen(conversationId: number): Promise<void>;
  /** `POST .../conversations/{id}/toggle_status`; `snoozedUntil` (unix seconds) with `snoozed`. */
  toggleStatus(
    conversationId: number,
    status: ConversationStatus,
    options?: { snoozedUntil?: number | null },
  ): Promise<ToggleStatusResult>;
  /** `POST .../conversations/{id}/assignments`; `null` unassigns. Resolves to the assignee. */
  assign(conversationId: number, assigneeId: number | null): Promise<Participant | null>;
  /** `GET /api/v1/accounts/{account}/notifications`. */
  listNotifications(query?: { page?: number }): Promise<NotificationPage>;
  /** `PATCH .../notifications/{id}`: marks one read; its owner then gets `notification.updated`. */
  markNotificationRead(notificationId: number): Promise<void>;
  /** `POST .../notifications/read_all`: marks all of the agent's notifications read (no event follows). */
  markAllNotificationsRead(): Promise<void>;
}

function messageForm(input: AgentSendInput): FormData {
  const form = new FormData();
  form.append("content", input.content);
  form.append("private", String(input.private ?? false));
  form.append("echo_id", input.echoId);
  if (input.contentAttributes)
    form.append("content_attributes", JSON.stringify(input.contentAttributes));
  for (const file of input.attachments ?? []) form.append("attachments[]", file);
  return form;
}

/**
 * A typed client of the platform's Application API for agents, on `fetch`.
 * Answers are validated with the same validators as socket events; failures
 * reject with a `UniLinkError` (`http`, `network`, `validation`) that never
 * contains the access token.
 *
 * @example
 * const api = createAgentApi({ baseUrl: "https://chat.example.com", accessToken, accountId: 1 });
 * const { pubsub_token } = await api.profile();
 */
export function createAgentApi(options: AgentApiOptions): AgentApi {
  registerSecret(options.accessToken);
  const http = createHttpClient(options);
  const account = `/api/v1/accounts/${options.accountId}`;
  const conversation = (id: number) => `${account}/conversations/${id}`;
  const call = <T>(request: HttpRequest<T>) =>
    http({ ...request, headers: { api_access_token: options.accessToken, ...request.headers } });

  return {
    ...agentWorkspaceApi(call, account),
    kind: "agent",
    accountId: options.accountId,
    async profile() {
      const profile = await call({
        method: "GET",
        path: "/api/v1/profile",
        validate: validateProfile,
      });
      registerSecret(profile.pubsub_token);
      if (typeof profile.access_token === "string") registerSecret(profile.access_token);
      return profile;
    },
    listConversations: (query = {}) =>
      call({
        method: "GET",
        path: `${account}/conversations`,
        query: {
          status: query.status,
          assignee_type: query.assigneeType,
          inbox_id: query.inboxId,
          team_id: query.teamId,
          page: query.page,
          sort_by: query.sortBy,
          updated_within: query.updatedWithin,
          q: query.q,
        },
        validate: validateConversationListPage,
      }),
    getConversation: (id) =>
      call({ method: "GET", path: conversation(id), validate: validateConversation }),
    listMessages: (id, cursor = {}) =>
      call({
        method: "GET",
        path: `${conversation(id)}/messages`,
        query: { before: cursor.before, after: cursor.after },
        validate: validateMessagePage,
        prepare: withConversationId(id),
      }),
    sendMessage: (id, input, upload) =>
      call({
        upload,
        method: "POST",
        path: `${conversation(id)}/messages`,
        body:
          input.attachments && input.attachments.length > 0
            ? messageForm(input)
            : {
                content: input.content,
                private: input.private ?? false,
                echo_id: input.echoId,
                ...(input.contentAttributes ? { content_attributes: input.contentAttributes } : {}),
              },
        validate: validateMessage,
        prepare: withConversationId(id),
      }),
    toggleTyping: (id, input) =>
      call({
        method: "POST",
        path: `${conversation(id)}/toggle_typing_status`,
        body: { typing_status: input.typingStatus, is_private: input.isPrivate ?? false },
      }),
    updateLastSeen: (id) => call({ method: "POST", path: `${conversation(id)}/update_last_seen` }),
    toggleStatus: (id, status, options = {}) =>
      call({
        method: "POST",
        path: `${conversation(id)}/toggle_status`,
        body:
          options.snoozedUntil != null
            ? { status, snoozed_until: Math.floor(options.snoozedUntil) }
            : { status },
        validate: validateToggleStatus,
      }),
    assign: (id, assigneeId) =>
      call({
        method: "POST",
        path: `${conversation(id)}/assignments`,
        body: { assignee_id: assigneeId },
        validate: validateAssignee,
      }),
    listNotifications: (query = {}) =>
      call({
        method: "GET",
        path: `${account}/notifications`,
        query: { page: query.page },
        validate: validateNotificationPage,
      }),
    // The answer (the notification record) is not needed: the event brings the new counts.
    markNotificationRead: async (id) => {
      await call({ method: "PATCH", path: `${account}/notifications/${id}` });
    },
    markAllNotificationsRead: () =>
      call({ method: "POST", path: `${account}/notifications/read_all` }),
  };
}
