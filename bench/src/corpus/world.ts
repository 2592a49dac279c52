import type {
  AgentBotPayload,
  ContactPayload,
  ConversationPayload,
  Factories,
  MessagePayload,
  UserPayload,
} from "@unilink/testing";
import type { Prng } from "./prng";

const RECENT_MESSAGES = 6;

/** Someone who can type in a conversation. */
export type Typist = ContactPayload | UserPayload | AgentBotPayload;

/** One conversation as the simulated server knows it. */
export interface ConversationState {
  payload: ConversationPayload;
  /** Latest messages (newest last), candidates for `message.updated`. */
  recent: MessagePayload[];
  /** Who is typing right now, by `${type}:${id}`. */
  typing: Map<string, Typist>;
}

/**
 * The simulated installation behind the corpus: agents, conversations and a
 * clock that only moves forward, so every `updated_at` is newer than the last.
 */
export class World {
  readonly agents: UserPayload[];
  readonly me: UserPayload;
  readonly conversations: ConversationState[];
  readonly accountId: number;
  #clock: number;

  constructor(
    factories: Factories,
    conversationCount: number,
    startTime: number,
    accountId: number,
  ) {
    this.accountId = accountId;
    this.me = factories.user({ name: "Bench Agent", available_name: "Bench Agent" });
    this.agents = [this.me, ...Array.from({ length: 24 }, () => factories.user())];
    this.conversations = Array.from({ length: conversationCount }, () => {
      const payload = factories.conversation();
      const last = payload.messages[0];
      return { payload, recent: last ? [last] : [], typing: new Map<string, Typist>() };
    });
    // Start after the factories' own clock, so every event is newer than the initial payloads.
    const latest = Math.max(startTime, ...this.conversations.map((c) => c.payload.updated_at));
    this.#clock = Math.ceil(latest) + 60;
  }

  /** Advances the clock a little (0.05 - 0.5 s) and returns it: float unix seconds. */
  tick(random: Prng): number {
    this.#clock += 0.05 + random.next() * 0.45;
    return Number(this.#clock.toFixed(6));
  }

  /** The contact of a conversation. */
  contactOf(state: ConversationState): ContactPayload {
    return state.payload.meta.sender;
  }

  /** Records a new message as the conversation's last one. */
  addMessage(state: ConversationState, message: MessagePayload, now: number): void {
    const incoming = message.message_type === 0;
    state.payload = {
      ...state.payload,
      messages: [message],
      last_activity_at: message.created_at,
      timestamp: message.created_at,
      unread_count: incoming ? Math.min(10, state.payload.unread_count + 1) : 0,
      waiting_since: incoming ? state.payload.waiting_since : 0,
      updated_at: now,
    };
    state.recent.push(message);
    if (state.recent.length > RECENT_MESSAGES) state.recent.shift();
  }

  /** Replaces a message kept in `recent` (after an update). */
  replaceMessage(state: ConversationState, message: MessagePayload): void {
    const index = state.recent.findIndex((m) => m.id === message.id);
    if (index >= 0) state.recent[index] = message;
  }
}
