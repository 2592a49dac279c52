import type { Conversation } from "../schema/conversation";
import type { Message } from "../schema/message";
import type { Notification } from "../schema/notification";
import type { Participant } from "../schema/user";
import { validateConversation } from "../schema/validate/conversation";
import {
  arrayOf,
  type Check,
  type Issues,
  id,
  nullish,
  number,
  record,
  shape,
  string,
} from "../schema/validate/fields";
import { validateMessage } from "../schema/validate/message";
import { validateNotification } from "../schema/validate/notification";
import { validateParticipant } from "../schema/validate/participant";

/**
 * Validators of REST answers: hand-written like the socket path's (same
 * field rules, unknown fields kept), so the REST client pulls no zod either.
 */

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

/** `value ?? fallback` once `check` accepted `value` (pipes of zod's `nullish` + transform). */
export function orElse<T, F>(check: Check<T>, fallback: F): Check<NonNullable<T> | F> {
  return (input, issues) => (input == null ? fallback : (check(input, issues) ?? fallback));
}

/** Validates a {@link Profile}. */
export const validateProfile = shape<Profile>({
  id,
  pubsub_token: string,
  name: nullish(string),
  email: nullish(string),
  accounts: nullish(arrayOf(shape({ id }))),
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

/** Validates bare arrays of conversations (public API, list payloads). */
export const validateConversations = arrayOf(validateConversation);

/** Validates bare arrays of messages (public API). */
export const validateMessages = arrayOf(validateMessage);

/** Checks the `count` fields `keys` of a page's `meta`. */
function countsOf(keys: readonly string[]): Check<Record<string, unknown>> {
  return shape(Object.fromEntries(keys.map((key) => [key, nullish(number)])));
}

/** `{data: {meta, payload}}` unwrapped to `{meta: meta ?? {}, payload}`. */
function dataPage<M, P>(meta: Check<M>, payload: Check<P>) {
  const data = shape<{ meta?: M | null; payload: P }>({ meta: nullish(meta), payload });
  const page = shape<{ data: { meta?: M | null; payload: P } }>({ data });
  return (input: unknown, issues: Issues) => {
    const from = issues.length;
    const value = page(input, issues);
    if (issues.length > from) return value as unknown as { meta: M; payload: P };
    return { meta: value.data.meta ?? ({} as M), payload: value.data.payload };
  };
}

/** Validates `{data: {meta, payload}}` and unwraps it. */
export const validateConversationListPage: Check<ConversationListPage> = dataPage(
  countsOf(["mine_count", "assigned_count", "unassigned_count", "all_count"]),
  validateConversations,
);

/** One page of an agent's conversation messages, oldest first. */
export interface MessagePage {
  meta: Record<string, unknown>;
  payload: Message[];
}

const messagePage = shape<{ meta?: Record<string, unknown> | null; payload: Message[] }>({
  meta: nullish(record),
  payload: validateMessages,
});

/** Validates `{meta, payload}` of the agent messages endpoint. */
export const validateMessagePage: Check<MessagePage> = (input, issues) => {
  const from = issues.length;
  const value = messagePage(input, issues);
  if (issues.length > from) return value as MessagePage;
  return { meta: value.meta ?? {}, payload: value.payload };
};

/** One page of the agent's notifications. */
export interface NotificationPage {
  meta: { unread_count?: number | null; count?: number | null; [key: string]: unknown };
  payload: Notification[];
}

/** Validates `{data: {meta, payload}}` of the notifications endpoint and unwraps it. */
export const validateNotificationPage: Check<NotificationPage> = dataPage(
  countsOf(["unread_count", "count"]),
  arrayOf(validateNotification),
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
export const validateContactSession = shape<ContactSession>({
  id,
  source_id: string,
  pubsub_token: string,
  name: nullish(string),
  email: nullish(string),
});

/** The answer of `toggle_status`. */
export interface ToggleStatusResult {
  /** The status now, when the server says. */
  current_status?: string | null;
  [key: string]: unknown;
}

const toggleStatus = shape<{ payload?: ToggleStatusResult | null }>({
  payload: nullish(shape({ current_status: nullish(string) })),
});

/** Validates `{payload: {current_status, ...}}` and unwraps it. */
export const validateToggleStatus: Check<ToggleStatusResult> = (input, issues) =>
  toggleStatus(input, issues)?.payload ?? {};

/** Validates the answer of `assignments`: the assignee, or `null` when unassigned. */
export const validateAssignee: Check<Participant | null> = orElse(validateParticipant, null);

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
