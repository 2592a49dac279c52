import { assign, changeStatus, markSeenByAgent, setTyping } from "../platform/conversation-ops";
import { PlatformError } from "../platform/errors";
import { agentMessagePage, listConversations, listNotifications } from "../platform/listing";
import { createMessage } from "../platform/message-ops";
import { readAllNotifications, readNotification } from "../platform/notification-ops";
import {
  conversationPayload,
  messagePayload,
  notificationPayload,
  userPayload,
} from "../platform/present";
import { teamPayload } from "../platform/present-workspace";
import { assignTeam, snooze } from "../platform/workspace-ops";
import { ACCOUNT, authenticate, CONVERSATION, conversationIn, scope } from "./agent-scope";
import { bodyOf, booleanField, intParam, intQuery, ok, stringField } from "./responses";
import type { Route } from "./route";
import { attachmentsOf } from "./uploads";

/** `snoozed_until` (unix seconds, number or numeric string) in ms; absent or null: until the next reply. */
function snoozedUntilMs(value: unknown): number | null {
  if (value === undefined || value === null || value === "") return null;
  const seconds = Number(value);
  if (!Number.isFinite(seconds)) throw new PlatformError(422, "snoozed_until must be a unix time");
  return seconds * 1000;
}

/** A `team_id` body value; anything that is not an id names no team (the team is removed). */
function intTeamId(value: unknown): number | null {
  const id = Number(value);
  return value !== null && value !== "" && Number.isInteger(id) ? id : null;
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
        ...userPayload(platform.runtime.ctx, user),
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
          q: q.q || undefined,
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
      const body = bodyOf(request.body);
      // Without a status the platform toggles between open and resolved.
      const status =
        stringField(body.status) || (conversation.status === "open" ? "resolved" : "open");
      if (status === "snoozed") {
        snooze(platform.runtime, conversation, snoozedUntilMs(body.snoozed_until), user.id);
      } else {
        changeStatus(platform.runtime, conversation, status, user.id);
      }
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
      const body = bodyOf(request.body);
      if (!("assignee_id" in body)) {
        if (!("team_id" in body)) return ok(null);
        const team = assignTeam(platform.runtime, conversation, intTeamId(body.team_id), user.id);
        return ok(team ? { ...teamPayload(team, user.id) } : null);
      }
      const raw = body.assignee_id;
      const assigneeId = raw === null || raw === undefined || raw === "" ? null : Number(raw);
      if (assigneeId !== null && !Number.isInteger(assigneeId)) {
        throw new PlatformError(422, "assignee_id must be a user id");
      }
      assign(platform.runtime, conversation, assigneeId, user.id);
      return ok(assigneeId === null ? null : userPayload(ctx, ctx.user(assigneeId)));
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
  {
    method: "POST",
    pattern: new RegExp(`${ACCOUNT}/notifications/read_all$`),
    handle: (platform, request, params) => {
      const { user, accountId } = scope(platform, request, params);
      readAllNotifications(platform.runtime, user.id, accountId);
      return ok();
    },
  },
  {
    method: "PATCH",
    pattern: new RegExp(`${ACCOUNT}/notifications/(?<id>[^/]+)$`),
    handle: (platform, request, params) => {
      const { user, accountId, ctx } = scope(platform, request, params);
      const id = intParam(params.id, "notification");
      const row = readNotification(platform.runtime, user.id, accountId, id);
      return ok(notificationPayload(ctx, row));
    },
  },
];
