import {
  type Conversation,
  createUniLinkClient,
  type Message,
  type UniLinkClient,
  type UniLinkClientOptions,
  type WebSocketConstructor,
  withRestSync,
} from "@unilink/core";
import {
  type ContactPayload,
  type ConversationPayload,
  createFactories,
  events,
  type Factories,
  InMemoryCableNetwork,
  type MessagePayload,
  type UserPayload,
} from "@unilink/testing/browser";
import { type FakeBackend, fakeAgentApi, fakeContactApi } from "./fake-api";

/** The agent's socket token in every story world (also checked for by redaction stories). */
export const STORY_AGENT_TOKEN = "story-agent-token-0001";
const CONTACT_TOKEN = "story-contact-token-0001";
const ACCOUNT_ID = 1;

/** What a story world starts with. */
export interface WorldOptions {
  /** Whose client: an agent (dashboard) or the contact (widget). Default agent. */
  as?: "agent" | "contact";
  /** Conversations seeded in the list (agent). Default 8. */
  conversations?: number;
  /** Messages seeded in the open conversation. Default 8. */
  messages?: number;
  /** Seed nothing: for loading and empty states. */
  empty?: boolean;
  /** Extra client options (typing timeout, backoff, confirm timeout...). */
  client?: Partial<UniLinkClientOptions>;
  /** Pages (20 each) of older messages the fake REST API can still return. Default 2. */
  olderPages?: number;
}

/** An in-memory UniLink installation (socket and REST) driving one client: no network involved. */
export interface StoryWorld {
  network: InMemoryCableNetwork;
  client: UniLinkClient;
  factories: Factories;
  /** The signed-in agent (agent worlds) or the agent assigned to the contact's conversation. */
  agent: UserPayload;
  /** The contact of the open conversation. */
  contact: ContactPayload;
  /** The open conversation. */
  conversation: ConversationPayload;
  /** Every seeded conversation. */
  conversations: ConversationPayload[];
  /** The fake REST API behind the client: set `failSends` or `latencyMs` to change it. */
  backend: FakeBackend;
  /** Broadcasts `{event, data}` to the client's token stream. */
  send(frame: { event: string; data: unknown }): void;
  /** The contact writes in the open conversation (seen live by an agent). */
  contactSays(content: string, extra?: Partial<MessagePayload>): MessagePayload;
  /** The agent writes in the open conversation. */
  agentSays(content: string, extra?: Partial<MessagePayload>): MessagePayload;
  /** Someone starts or stops typing in the open conversation. */
  typing(
    on: boolean,
    who?: "contact" | "agent" | UserPayload | ContactPayload,
    isPrivate?: boolean,
  ): void;
  /** Closes the client and the fake server. */
  destroy(): void;
}

function waitUntil(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error("story world: timed out"));
      else setTimeout(check, 10);
    };
    check();
  });
}

/** A factory payload as the parsed message a REST client returns (timestamps in unix seconds). */
function toMessage(payload: MessagePayload): Message {
  return { ...payload, updated_at: Date.parse(payload.updated_at) / 1000 } as unknown as Message;
}

/** A factory conversation as the parsed conversation a REST client returns. */
function toConversation(payload: ConversationPayload): Conversation {
  return { ...payload, messages: payload.messages.map(toMessage) } as unknown as Conversation;
}

const LINES = [
  "Hi! My order #4521 hasn't arrived yet 📦",
  "It says **delivered** but there's nothing at the door.",
  "Sorry to hear that! Let me check with the courier.",
  "Tracking: https://tracking.example.com/4521",
  "Could you confirm your address?\n- street\n- postcode",
  "Sure: 221B Baker Street, NW1 6XE",
  "Thanks, I've opened a claim. You'll get an email at ana@example.com.",
  "That was quick, thank you! 🙏",
];

/**
 * Creates the fake server, a fake REST API and a connected client (with
 * `api`, so optimistic sends, typing reports, read marks and older pages
 * go through core for real), seeds conversations and messages, and returns
 * helpers that make things happen. Story loaders call it; the story's
 * `<WorldProvider>` destroys it on unmount.
 */
export async function createStoryWorld(options: WorldOptions = {}): Promise<StoryWorld> {
  const {
    as = "agent",
    conversations: count = 8,
    messages: messageCount = 8,
    empty = false,
  } = options;
  const network = new InMemoryCableNetwork();
  // Six hours of history, but never before local midnight: the stories expect "Today" separators.
  const midnight = new Date();
  midnight.setHours(0, 0, 0, 0);
  const startTime = Math.max(Math.floor(Date.now() / 1000) - 6 * 3600, midnight.getTime() / 1000);
  const factories = createFactories(7, { startTime });
  const agent = factories.user({ id: 7, name: "Ana Lima", available_name: "Ana", thumbnail: "" });
  network.server.addAgent({ token: STORY_AGENT_TOKEN, accountId: ACCOUNT_ID, userId: agent.id });
  network.server.markOnline({ accountId: ACCOUNT_ID, userId: agent.id });

  // The open conversation gets its messages below (no factory preview message, whose id would
  // sort before the older pages); the others keep theirs.
  const conversations = Array.from({ length: empty ? 0 : count }, (_, i) =>
    factories.conversation({
      status: i % 5 === 4 ? "resolved" : "open",
      unread_count: i % 3 === 0 ? i % 4 : 0,
      ...(i === 0 ? { meta: { assignee: agent }, messages: [] } : {}),
    }),
  );
  const conversation = conversations[0] ?? factories.conversation({ meta: { assignee: agent } });
  const contact = conversation.meta.sender;
  network.server.addContact({ token: CONTACT_TOKEN, accountId: ACCOUNT_ID, contactId: contact.id });
  network.server.markOnline({ accountId: ACCOUNT_ID, contactId: contact.id });

  const database = new Map<number, Message[]>();
  const store = (payload: MessagePayload) => {
    const message = toMessage(payload);
    const list = database.get(message.conversation_id) ?? [];
    list.push(message);
    database.set(message.conversation_id, list);
    return message;
  };
  // Older pages first: lower ids and earlier times than everything seeded after them.
  const older = empty ? 0 : (options.olderPages ?? 2) * 20;
  for (let i = 0; i < older; i++) {
    store(
      factories.message({ content: `Earlier message ${i + 1}` }, { conversation, sender: contact }),
    );
  }

  const token = as === "agent" ? STORY_AGENT_TOKEN : CONTACT_TOKEN;
  const send = (frame: { event: string; data: unknown }) => {
    network.server.broadcast(token, frame.event, frame.data);
  };
  const backend: FakeBackend = {
    failSends: false,
    latencyMs: 250,
    messages: (id) => database.get(id) ?? [],
    conversations: () => conversations.map(toConversation),
    create(conversationId, input) {
      const target = conversations.find((c) => c.id === conversationId) ?? conversation;
      const mine = as === "agent";
      const payload = factories.message(
        {
          content: input.content,
          private: input.private ?? false,
          message_type: mine ? 1 : 0,
          status: "sent",
          ...(input.echoId ? { echo_id: input.echoId } : {}),
        },
        { conversation: target, sender: mine ? agent : contact },
      );
      send(events.messageCreated(payload));
      return store(payload);
    },
  };

  const client = createUniLinkClient({
    url: "https://unilink.test",
    pubsubToken: token,
    ...(as === "agent"
      ? {
          accountId: ACCOUNT_ID,
          userId: agent.id,
          api: withRestSync(fakeAgentApi(backend, ACCOUNT_ID)),
        }
      : { api: withRestSync(fakeContactApi(backend)), contactSourceId: "story-source" }),
    WebSocket: network.WebSocket as unknown as WebSocketConstructor,
    presenceIntervalMs: 10_000,
    backoff: { minMs: 400, maxMs: 1500 },
    ...options.client,
  });
  client.connect();
  await waitUntil(() => client.status === "connected");

  if (!empty) {
    const history = Array.from({ length: messageCount }, (_, i) => {
      const fromAgent = i % 4 === 2 || i % 4 === 3;
      return factories.message(
        { content: LINES[i % LINES.length] ?? "", message_type: fromAgent ? 1 : 0, status: "read" },
        { conversation, sender: fromAgent ? agent : contact },
      );
    });
    for (const message of history) store(message);
    const last = history[history.length - 1];
    if (last) {
      conversation.messages = [last];
      conversation.last_activity_at = last.created_at;
      conversation.timestamp = last.created_at;
    }
    client.hydrate({
      conversations,
      messages: [{ conversationId: conversation.id, messages: history }],
    });
  }

  const says = (payload: MessagePayload) => {
    store(payload);
    send(events.messageCreated(payload));
    return payload;
  };
  return {
    network,
    client,
    factories,
    agent,
    contact,
    conversation,
    conversations,
    backend,
    send,
    contactSays: (content, extra) =>
      says(factories.message({ content, ...extra }, { conversation, sender: contact })),
    agentSays: (content, extra) =>
      says(
        factories.message({ content, message_type: 1, ...extra }, { conversation, sender: agent }),
      ),
    typing(on, who = "contact", isPrivate = false) {
      const person = who === "contact" ? contact : who === "agent" ? agent : who;
      send((on ? events.typingOn : events.typingOff)(conversation, person, isPrivate));
    },
    destroy() {
      client.destroy();
      void network.close();
    },
  };
}

/**
 * Puts `count` conversations straight into the store. Hydrating them one by
 * one validates each, which is slow for 10,000; these are factory payloads,
 * already valid.
 */
export function seedManyConversations(world: StoryWorld, count: number): void {
  const record: Record<number, Conversation> = {};
  for (let i = 0; i < count; i++) {
    const conversation = world.factories.conversation({ status: "open" });
    record[conversation.id] = toConversation(conversation);
  }
  world.client.store.setState((state) => ({
    conversations: { ...state.conversations, ...record },
  }));
}
