import { PlatformError } from "../platform/errors";
import type { FakePlatform } from "../platform/fake-platform";
import { listConversations } from "../platform/listing";
import { contactPayload, conversationPayload } from "../platform/present";
import {
  agentPayload,
  cannedResponsePayload,
  labelPayload,
  teamPayload,
} from "../platform/present-workspace";
import { type ContactEdit, setLabels, setPriority, updateContact } from "../platform/workspace-ops";
import { ACCOUNT, CONVERSATION, conversationIn, scope } from "./agent-scope";
import { bodyOf, intParam, intQuery, ok, stringField } from "./responses";
import type { Route } from "./route";
import type { RestRequest } from "./types";

const CONTACT = `${ACCOUNT}/contacts/(?<contact>[^/]+)`;

function contactIn(platform: FakePlatform, request: RestRequest, params: Record<string, string>) {
  const scoped = scope(platform, request, params);
  const contact = scoped.ctx.contact(intParam(params.contact, "contact"));
  if (contact.accountId !== scoped.accountId) throw new PlatformError(404, "contact not found");
  return { ...scoped, contact };
}

/** The contact as `GET .../contacts/{id}` shows it: with its sessions and times. */
function contactDetails(platform: FakePlatform, contactId: number) {
  const { ctx } = platform.runtime;
  const contact = ctx.contact(contactId);
  return {
    ...contactPayload(contact),
    availability_status: "offline",
    created_at: Math.floor(contact.createdAtMs / 1000),
    contact_inboxes: ctx.data.contactInboxes
      .filter((ci) => ci.contactId === contactId)
      .map((ci) => ({ source_id: ci.sourceId, inbox: { id: ci.inboxId } })),
  };
}

function contactEdit(body: Record<string, unknown>): ContactEdit {
  const edit: ContactEdit = {};
  if (typeof body.name === "string") edit.name = body.name;
  if ("email" in body) edit.email = stringField(body.email) ?? null;
  if ("phone_number" in body) edit.phoneNumber = stringField(body.phone_number) ?? null;
  const custom = body.custom_attributes;
  if (typeof custom === "object" && custom !== null) {
    edit.customAttributes = custom as Record<string, unknown>;
  }
  const additional = body.additional_attributes;
  if (typeof additional === "object" && additional !== null) {
    edit.additionalAttributes = additional as Record<string, unknown>;
  }
  return edit;
}

const updateContactRoute = (method: string): Route => ({
  method,
  pattern: new RegExp(`${CONTACT}$`),
  handle: (platform, request, params) => {
    const { contact } = contactIn(platform, request, params);
    updateContact(platform.runtime, contact, contactEdit(bodyOf(request.body)));
    return ok({ payload: contactDetails(platform, contact.id) });
  },
});

/**
 * Application API routes of the agent workspace (issue 14): agents, teams,
 * labels, canned responses, conversation labels and priority, contacts and
 * conversation search. Listed before the other agent routes, so that
 * `conversations/search` is not read as a conversation id.
 */
export const workspaceRoutes: Route[] = [
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/agents$`),
    handle: (platform, request, params) => {
      const { accountId, ctx } = scope(platform, request, params);
      return ok(ctx.agentsOf(accountId).map((user) => agentPayload(user, accountId)));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/teams$`),
    handle: (platform, request, params) => {
      const { user, accountId, ctx } = scope(platform, request, params);
      const teams = ctx.data.teams.filter((team) => team.accountId === accountId);
      return ok(teams.map((team) => teamPayload(team, user.id)));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/labels$`),
    handle: (platform, request, params) => {
      const { accountId, ctx } = scope(platform, request, params);
      const labels = ctx.data.labels.filter((label) => label.accountId === accountId);
      return ok({ payload: labels.map(labelPayload) });
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/canned_responses$`),
    handle: (platform, request, params) => {
      const { accountId, ctx } = scope(platform, request, params);
      const search = (request.query.search ?? "").toLowerCase();
      const rows = ctx.data.cannedResponses.filter(
        (row) =>
          row.accountId === accountId &&
          (search === "" ||
            row.shortCode.toLowerCase().includes(search) ||
            row.content.toLowerCase().includes(search)),
      );
      return ok(rows.map(cannedResponsePayload));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${ACCOUNT}/conversations/search$`),
    handle: (platform, request, params) => {
      const { user, accountId, ctx } = scope(platform, request, params);
      return ok(
        listConversations(ctx, accountId, user.id, {
          q: request.query.q ?? "",
          page: intQuery(request.query.page),
        }),
      );
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONVERSATION}/labels$`),
    handle: (platform, request, params) => {
      const { conversation } = conversationIn(platform, request, params);
      return ok({ payload: [...conversation.labels] });
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/labels$`),
    handle: (platform, request, params) => {
      const { user, conversation } = conversationIn(platform, request, params);
      const raw = bodyOf(request.body).labels;
      const titles = (Array.isArray(raw) ? raw : []).filter(
        (title): title is string => typeof title === "string",
      );
      return ok({ payload: setLabels(platform.runtime, conversation, titles, user.id) });
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/toggle_priority$`),
    handle: (platform, request, params) => {
      const { user, conversation } = conversationIn(platform, request, params);
      const priority = stringField(bodyOf(request.body).priority) || null;
      setPriority(platform.runtime, conversation, priority, user.id);
      return ok();
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONTACT}$`),
    handle: (platform, request, params) => {
      const { contact } = contactIn(platform, request, params);
      return ok({ payload: contactDetails(platform, contact.id) });
    },
  },
  updateContactRoute("PATCH"),
  updateContactRoute("PUT"),
  {
    method: "GET",
    pattern: new RegExp(`${CONTACT}/conversations$`),
    handle: (platform, request, params) => {
      const { contact, ctx } = contactIn(platform, request, params);
      const sessions = new Set(
        ctx.data.contactInboxes.filter((ci) => ci.contactId === contact.id).map((ci) => ci.id),
      );
      const conversations = ctx.data.conversations
        .filter((c) => c.accountId === contact.accountId && sessions.has(c.contactInboxId))
        .sort((a, b) => b.lastActivityAtMs - a.lastActivityAtMs || b.id - a.id);
      return ok({ payload: conversations.map((c) => conversationPayload(ctx, c)) });
    },
  },
];
