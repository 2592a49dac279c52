import { buildContactWith } from "./contact";
import { type FactoryContext, isoTime } from "./context";
import { buildMessageWith } from "./message";
import { LABELS } from "./names";
import { buildTeamWith } from "./team";
import type { ConversationMetaPayload, ConversationPayload } from "./types";
import { buildUserWith } from "./user";

/** Overrides of a built conversation; `meta` is merged one level deep. */
export interface ConversationOverrides extends Omit<Partial<ConversationPayload>, "meta"> {
  meta?: Partial<ConversationMetaPayload>;
}

function buildMeta(ctx: FactoryContext, overrides: Partial<ConversationMetaPayload> = {}) {
  const sender = overrides.sender ?? buildContactWith(ctx);
  const assignee = "assignee" in overrides ? (overrides.assignee ?? null) : buildUserWith(ctx);
  const derivedType = assignee ? (assignee.type === "user" ? "User" : "AgentBot") : null;
  const meta: ConversationMetaPayload = {
    sender,
    assignee,
    assignee_type: overrides.assignee_type !== undefined ? overrides.assignee_type : derivedType,
    team: "team" in overrides ? (overrides.team ?? null) : buildTeamWith(ctx),
    hmac_verified: overrides.hmac_verified ?? false,
  };
  return meta;
}

// Rails' float `updated_at` has microseconds; keep 6 decimals.
function floatSeconds(ctx: FactoryContext, unixSeconds: number): number {
  return Number((unixSeconds + ctx.random.int(1, 999_999) / 1e6).toFixed(6));
}

/**
 * Builds a Conversation: open, a contact sender, an assigned agent and team,
 * and its last message (an incoming one) in `messages`.
 */
export function buildConversationWith(
  ctx: FactoryContext,
  overrides: ConversationOverrides = {},
): ConversationPayload {
  const { meta: metaOverrides, ...rest } = overrides;
  const id = ctx.nextId("conversation");
  const createdAt = ctx.tick();
  const meta = buildMeta(ctx, metaOverrides);
  const inboxId = rest.inbox_id ?? ctx.inboxId;
  const conversation: ConversationPayload = {
    additional_attributes: {
      browser: {
        device_name: "Unknown",
        browser_name: "Chrome",
        platform_name: "macOS",
        browser_version: "126.0.0.0",
        platform_version: "10.15.7",
      },
      referer: "https://shop.example.com/help",
      initiated_at: { timestamp: isoTime(createdAt) },
    },
    can_reply: true,
    channel: "Channel::WebWidget",
    contact_inbox: {
      id: ctx.nextId("contactInbox"),
      contact_id: meta.sender.id,
      inbox_id: inboxId,
      source_id: ctx.random.uuid(),
      created_at: isoTime(createdAt),
      updated_at: isoTime(createdAt),
      hmac_verified: meta.hmac_verified,
    },
    id,
    inbox_id: inboxId,
    messages: [],
    labels: [ctx.random.pick(LABELS)],
    meta,
    status: "open",
    custom_attributes: {},
    snoozed_until: null,
    unread_count: 1,
    first_reply_created_at: null,
    priority: ctx.random.pick([null, "low", "medium", "high", "urgent"] as const),
    waiting_since: createdAt,
    agent_last_seen_at: createdAt,
    contact_last_seen_at: createdAt,
    last_activity_at: createdAt,
    timestamp: createdAt,
    created_at: createdAt,
    updated_at: floatSeconds(ctx, createdAt),
    account_id: ctx.accountId,
    ...rest,
  };
  if (rest.messages !== undefined) return conversation;
  const last = buildMessageWith(ctx, {}, { conversation });
  conversation.messages = [last];
  if (rest.last_activity_at === undefined) {
    conversation.last_activity_at = last.created_at;
    conversation.timestamp = rest.timestamp ?? last.created_at;
  }
  if (rest.updated_at === undefined) conversation.updated_at = floatSeconds(ctx, last.created_at);
  return conversation;
}
