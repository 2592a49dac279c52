import type { ContactApi, ContactSession, Conversation } from "@unilink/core";

/** Where the widget keeps the visitor's session id between page loads. */
export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = "unilink:source_id";

/**
 * The visitor's contact session: the saved one when it still exists,
 * otherwise a new one. `pubsub_token` is the socket token, and `source_id`
 * addresses every other public API call. Pass `identity` when the visitor is
 * signed in to your site: `identifierHash` is an HMAC of `identifier` that
 * your server computes with the inbox's secret (identity validation), so
 * nobody can claim to be someone else.
 */
export async function restoreOrCreateSession(
  api: ContactApi,
  storage: SessionStore,
  identity?: { identifier: string; identifierHash: string; name?: string; email?: string },
): Promise<ContactSession> {
  const saved = storage.getItem(KEY);
  if (saved && !identity) {
    try {
      return await api.getContact(saved);
    } catch {
      // Unknown or expired session: start a new one below.
    }
  }
  const session = await api.createContact(identity ?? {});
  storage.setItem(KEY, session.source_id);
  return session;
}

/**
 * The visitor's most recent open conversation, if any. None is created here:
 * the widget's composer starts one with the visitor's first message, so a
 * visitor who only opens the chat leaves nothing in the agents' inbox.
 */
export async function openConversation(
  api: ContactApi,
  session: ContactSession,
): Promise<Conversation | undefined> {
  const conversations = await api.listConversations(session.source_id);
  const open = conversations
    .filter((conversation) => conversation.status !== "resolved")
    .sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0));
  return open[0];
}
