import { assign, changeStatus, markSeenByAgent, setTyping } from "../platform/conversation-ops";
import { PlatformError } from "../platform/errors";
import type { FakePlatform } from "../platform/fake-platform";
import { agentMessagePage, listConversations, listNotifications } from "../platform/listing";
import { createMessage } from "../platform/message-ops";
import { conversationPayload, messagePayload, userPayload } from "../platform/present";
import type { UserRow } from "../platform/records";
import { bodyOf, booleanField, intParam, intQuery, ok, stringField } from "./responses";
import type { Route } from "./route";
import type { RestRequest } from "./types";
import { attachmentsOf } from "./uploads";

const ACCOUNT = "^/api/v1/accounts/(?<account>[^/]+)";
const CONVERSATION = `${ACCOUNT}/conversations/(?<id>[^/]+)`;

/** The Application API caller: `api_access_token` must name a user. */
function authenticate(platform: FakePlatform, request: RestRequest): UserRow {
  const token = request.headers.api_access_token;
  if (!token) throw new PlatformError(401, "You need to sign in or sign up before continuing.");
  const user = platform.runtime.ctx.userByAccessToken(token);
  if (!user) throw new PlatformError(401, "Invalid Access Token");
  return user;
}

/** The caller and the account of the path, which the caller must belong to. */
function scope(platform: FakePlatform, request: RestRequest, params: Record<string, string>) {
  const user = authenticate(platform, request);
  const accountId = intParam(params.account, "account");
  if (!user.accountIds.includes(accountId)) {
    throw new PlatformError(401, "You are not authorized to access this account");
  }
  return { user, accountId, ctx: platform.runtime.ctx };
}

function conversationIn(
  platform: FakePlatform,
  request: RestRequest,
  params: Record<string, string>,
) {
  const scoped = scope(platform, request, params);
  const conversation = scoped.ctx.conversation(
    scoped.accountId,
    intParam(params.id, "conversation"),
  );
  return { ...scoped, conversation };
}

/** Application API routes (agents), paths and shapes as on the platform. */
export const agentRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/api\/v1\/profile$/,
    handle: (platform, request) => {
      const user = authenticate(platform, request);
      const { ctx } = platform.runtime;
      return ok({
        ...userPayload(user),
        email: user.email,
        access_token: user.accessToken,
        pubsub_token: user.pubsubToken,
        account_id: user.accountIds[0],
        role: user.role,
        accounts: user.accountIds.map((id) => ({
          id,
          name: ctx.account(id).name,
          role: user.role,
        })),
      });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/conversations$`),
    handle: (platform, request, params) => {
      const { user, accountId, ctx } = scope(platform, request, params);
      const q = request.query;
      return ok(
        listConversations(ctx, accountId, user.id, {
          status: q.status || undefined,
          assigneeType: q.assignee_type || undefined,
          inboxId: intQuery(q.inbox_id),
          teamId: intQuery(q.team_id),
          page: intQuery(q.page),
          sortBy: q.sort_by || undefined,
          updatedWithin: intQuery(q.updated_within),
        }),
      );
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONVERSATION}$`),
    handle: (platform, request, params) => {
      const { ctx, conversation } = conversationIn(platform, request, params);
      return ok(conversationPayload(ctx, conversation));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONVERSATION}/messages$`),
    handle: (platform, request, params) => {
      const { ctx, conversation } = conversationIn(platform, request, params);
      const cursor = {
        before: intQuery(request.query.before),
        after: intQuery(request.query.after),
      };
      return ok(agentMessagePage(ctx, conversation, cursor));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/messages$`),
    handle: (platform, request, params) => {
      const { user, ctx, conversation } = conversationIn(platform, request, params);
      const body = bodyOf(request.body);
      const attributes = body.content_attributes;
      const { message } = createMessage(platform.runtime, conversation, {
        author: { kind: "agent", userId: user.id },
        content: stringField(body.content) ?? null,
        private: booleanField(body.private),
        echoId: stringField(body.echo_id) ?? null,
        contentAttributes:
          typeof attributes === "object" && attributes !== null
            ? (attributes as Record<string, unknown>)
            : undefined,
        attachments: attachmentsOf(body),
      });
      return ok(messagePayload(ctx, message, true));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/toggle_typing_status$`),
    handle: (platform, request, params) => {
      const { user, conversation } = conversationIn(platform, request, params);
      const body = bodyOf(request.body);
      const on = body.typing_status === "on" || body.typing_status === "recording";
      const typist = { kind: "agent" as const, userId: user.id };
      setTyping(platform.runtime, conversation, typist, on, booleanField(body.is_private));
      return ok();
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/update_last_seen$`),
    handle: (platform, request, params) => {
      markSeenByAgent(platform.runtime, conversationIn(platform, request, params).conversation);
      return ok();
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/toggle_status$`),
    handle: (platform, request, params) => {
      const { user, conversation } = conversationIn(platform, request, params);
      const status = stringField(bodyOf(request.body).status) ?? "resolved";
      changeStatus(platform.runtime, conversation, status, user.id);
      return ok({
        meta: {},
        payload: {
          success: true,
          current_status: conversation.status,
          conversation_id: conversation.id,
        },
      });
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/assignments$`),
    handle: (platform, request, params) => {
      const { user, ctx, conversation } = conversationIn(platform, request, params);
      const raw = bodyOf(request.body).assignee_id;
      const assigneeId = raw === null || raw === undefined || raw === "" ? null : Number(raw);
      if (assigneeId !== null && !Number.isInteger(assigneeId)) {
        throw new PlatformError(422, "assignee_id must be a user id");
      }
      assign(platform.runtime, conversation, assigneeId, user.id);
      return ok(assigneeId === null ? null : userPayload(ctx.user(assigneeId)));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/notifications$`),
    handle: (platform, request, params) => {
      const { user, accountId, ctx } = scope(platform, request, params);
      return ok(listNotifications(ctx, accountId, user.id, intQuery(request.query.page) ?? 1));
    },
  },
];
