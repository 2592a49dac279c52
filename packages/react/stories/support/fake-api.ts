import type { AgentApi, ContactApi, Conversation, Message } from "@unilink/core";

/** What the fake REST layer needs from the story world. */
export interface FakeBackend {
  /** Stored messages of a conversation, oldest first (the "database"). */
  messages(conversationId: number): Message[];
  /** Stores and broadcasts a message the signed-in side sent; returns it. */
  create(
    conversationId: number,
    input: { content: string; private?: boolean; echoId?: string },
  ): Message;
  /** Conversations to list. */
  conversations(): Conversation[];
  /** When true, sends fail (HTTP 500) so stories can show failed messages. */
  failSends: boolean;
  /** Milliseconds every call takes. */
  latencyMs: number;
}

const PAGE = 20;

function later<T>(backend: FakeBackend, value: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(value());
      } catch (error) {
        reject(error);
      }
    }, backend.latencyMs),
  );
}

function page(all: Message[], before?: number): Message[] {
  const older = before === undefined ? all : all.filter((message) => message.id < before);
  return older.slice(-PAGE);
}

function sent(
  backend: FakeBackend,
  conversationId: number,
  input: { content: string; private?: boolean; echoId?: string },
) {
  return later(backend, () => {
    if (backend.failSends) throw new Error("HTTP 500 (story: sends are failing)");
    return backend.create(conversationId, input);
  });
}

/** An in-memory stand-in for the agent REST API (`createAgentApi`), for stories. */
export function fakeAgentApi(backend: FakeBackend, accountId: number): AgentApi {
  return {
    kind: "agent",
    accountId,
    profile: () => later(backend, () => ({ id: 7, pubsub_token: "story-agent-token-0001" })),
    listConversations: () =>
      later(
        backend,
        () =>
          ({ meta: {}, payload: backend.conversations() }) as Awaited<
            ReturnType<AgentApi["listConversations"]>
          >,
      ),
    getConversation: (id) =>
      later(backend, () => {
        const found = backend.conversations().find((c) => c.id === id);
        if (!found) throw new Error("HTTP 404");
        return found;
      }),
    listMessages: (id, cursor) =>
      later(backend, () => ({
        meta: {},
        payload:
          cursor?.after !== undefined
            ? backend.messages(id).filter((m) => m.id > (cursor.after as number))
            : page(backend.messages(id), cursor?.before),
      })),
    sendMessage: (id, input) => sent(backend, id, input),
    toggleTyping: () => later(backend, () => undefined),
    updateLastSeen: () => later(backend, () => undefined),
    toggleStatus: (_id, status) => later(backend, () => ({ current_status: status })),
    assign: () => later(backend, () => null),
    listNotifications: () => later(backend, () => ({ meta: {}, payload: [] })),
    // The workspace calls: the agent-action stories use the whole fake platform
    // (platform-world.ts); this world answers them plainly.
    listAgents: () => later(backend, () => []),
    listTeams: () => later(backend, () => []),
    listLabels: () => later(backend, () => []),
    listCannedResponses: () => later(backend, () => []),
    assignTeam: () => later(backend, () => null),
    setLabels: (_id, labels) => later(backend, () => [...labels]),
    setPriority: () => later(backend, () => undefined),
    getContact: (id) =>
      later(backend, () => {
        const found = backend.conversations().find((c) => c.meta?.sender?.id === id)?.meta?.sender;
        if (!found) throw new Error("HTTP 404");
        return found;
      }),
    updateContact: (id, patch) =>
      later(backend, () => {
        const found = backend.conversations().find((c) => c.meta?.sender?.id === id)?.meta?.sender;
        if (!found) throw new Error("HTTP 404");
        return { ...found, ...(patch.name !== undefined ? { name: patch.name } : {}) };
      }),
    listContactConversations: (id) =>
      later(backend, () => backend.conversations().filter((c) => c.meta?.sender?.id === id)),
    markNotificationRead: () => later(backend, () => undefined),
    markAllNotificationsRead: () => later(backend, () => undefined),
  };
}

/** An in-memory stand-in for the contact (public) API (`createContactApi`), for stories. */
export function fakeContactApi(backend: FakeBackend): ContactApi {
  const session = { source_id: "story-source", pubsub_token: "story-contact-token-0001", id: 1 };
  return {
    kind: "contact",
    createContact: () => later(backend, () => session) as ReturnType<ContactApi["createContact"]>,
    getContact: () => later(backend, () => session) as ReturnType<ContactApi["getContact"]>,
    listConversations: () => later(backend, () => backend.conversations()),
    createConversation: () =>
      later(backend, () => {
        throw new Error("HTTP 422 (story: conversations are seeded)");
      }),
    listMessages: (_source, id, cursor) =>
      later(backend, () => page(backend.messages(id), cursor?.before)),
    sendMessage: (_source, id, input) =>
      sent(backend, id, { content: input.content, echoId: input.echoId }),
    toggleTyping: () => later(backend, () => undefined),
    updateLastSeen: () => later(backend, () => undefined),
  };
}
