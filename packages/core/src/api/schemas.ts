import * as z from "zod/mini";
import { type Conversation, ConversationSchema } from "../schema/conversation";
import { type Message, MessageSchema } from "../schema/message";
import { type Notification, NotificationSchema } from "../schema/notification";
import { IdSchema, LooseRecordSchema } from "../schema/primitives";
import { type Participant, ParticipantSchema } from "../schema/user";

const count = z.nullish(z.number());

/** The signed-in agent, from `GET /api/v1/profile`. Unknown fields are kept. */
export interface Profile {
  id: number;
  /** The socket token (changes when the password changes). */
  pubsub_token: string;
  name?: string | null;
  email?: string | null;
  /** Accounts the agent belongs to. */
  accounts?: { id: number; [key: string]: unknown }[] | null;
  [key: string]: unknown;
}

/** Validates a {@link Profile}. */
export const ProfileSchema: z.ZodMiniType<Profile> = z.looseObject({
  id: IdSchema,
  pubsub_token: z.string(),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  accounts: z.nullish(z.array(z.looseObject({ id: IdSchema }))),
});

/** Counts the agent conversation list reports (over the status, inbox and team filters). */
export interface ConversationListMeta {
  mine_count?: number | null;
  assigned_count?: number | null;
  unassigned_count?: number | null;
  all_count?: number | null;
  [key: string]: unknown;
}

/** One page of the agent conversation list. */
export interface ConversationListPage {
  meta: ConversationListMeta;
  payload: Conversation[];
}

/** Validates `{data: {meta, payload}}` and unwraps it. */
export const ConversationListSchema: z.ZodMiniType<ConversationListPage> = z.pipe(
  z.looseObject({
    data: z.looseObject({
      meta: z.nullish(
        z.looseObject({
          mine_count: count,
          assigned_count: count,
          unassigned_count: count,
          all_count: count,
        }),
      ),
      payload: z.array(ConversationSchema),
    }),
  }),
  z.transform((value) => ({ meta: value.data.meta ?? {}, payload: value.data.payload })),
);

/** One page of an agent's conversation messages, oldest first. */
export interface MessagePage {
  meta: Record<string, unknown>;
  payload: Message[];
}

/** Validates `{meta, payload}` of the agent messages endpoint. */
export const MessagePageSchema: z.ZodMiniType<MessagePage> = z.pipe(
  z.looseObject({ meta: z.nullish(LooseRecordSchema), payload: z.array(MessageSchema) }),
  z.transform((value) => ({ meta: value.meta ?? {}, payload: value.payload })),
);

/** Validates a bare array of messages (public API). */
export const MessageArraySchema: z.ZodMiniType<Message[]> = z.array(MessageSchema);

/** Validates a bare array of conversations (public API). */
export const ConversationArraySchema: z.ZodMiniType<Conversation[]> = z.array(ConversationSchema);

/** One page of the agent's notifications. */
export interface NotificationPage {
  meta: { unread_count?: number | null; count?: number | null; [key: string]: unknown };
  payload: Notification[];
}

/** Validates `{data: {meta, payload}}` of the notifications endpoint and unwraps it. */
export const NotificationPageSchema: z.ZodMiniType<NotificationPage> = z.pipe(
  z.looseObject({
    data: z.looseObject({
      meta: z.nullish(z.looseObject({ unread_count: count, count })),
      payload: z.array(NotificationSchema),
    }),
  }),
  z.transform((value) => ({ meta: value.data.meta ?? {}, payload: value.data.payload })),
);

/** A contact session from the public API: ids plus the socket token. */
export interface ContactSession {
  /** Contact id. */
  id: number;
  /** Identifies the session in every other public API path. */
  source_id: string;
  /** The socket token of this session. */
  pubsub_token: string;
  name?: string | null;
  email?: string | null;
  [key: string]: unknown;
}

/** Validates a {@link ContactSession}. */
export const ContactSessionSchema: z.ZodMiniType<ContactSession> = z.looseObject({
  id: IdSchema,
  source_id: z.string(),
  pubsub_token: z.string(),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
});

/** The answer of `toggle_status`. */
export interface ToggleStatusResult {
  /** The status now, when the server says. */
  current_status?: string | null;
  [key: string]: unknown;
}

/** Validates `{payload: {current_status, ...}}` and unwraps it. */
export const ToggleStatusSchema: z.ZodMiniType<ToggleStatusResult> = z.pipe(
  z.looseObject({ payload: z.nullish(z.looseObject({ current_status: z.nullish(z.string()) })) }),
  z.transform((value) => value.payload ?? {}),
);

/** Validates the answer of `assignments`: the assignee, or `null` when unassigned. */
export const AssigneeSchema: z.ZodMiniType<Participant | null> = z.pipe(
  z.nullish(ParticipantSchema),
  z.transform((value) => value ?? null),
);

/** Adds `conversation_id` to message payloads that lack it (some REST shapes omit it). */
export function withConversationId(conversationId: number) {
  const fill = (item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? { conversation_id: conversationId, ...item }
      : item;
  return (json: unknown): unknown => {
    if (Array.isArray(json)) return json.map(fill);
    if (
      typeof json === "object" &&
      json !== null &&
      Array.isArray((json as { payload?: unknown }).payload)
    ) {
      const page = json as { payload: unknown[] };
      return { ...page, payload: page.payload.map(fill) };
    }
    return fill(json);
  };
}
