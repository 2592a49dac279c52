import { events, type Factories, type MessagePayload, type UserPayload } from "@unilink/testing";
import { type Action, drawAction } from "./mix";
import type { Prng } from "./prng";
import type { ConversationState, World } from "./world";

type Emit = (event: string, data: unknown) => void;

const STATUS_CYCLE = ["open", "pending", "resolved", "open", "snoozed"] as const;
const LABELS = ["billing", "refund", "bug", "vip", "shipping", "lead", "feedback"];
const PRIORITIES = [null, "low", "medium", "high", "urgent"] as const;
const FILE_TYPES = ["image", "image", "file", "audio", "video"] as const;
const CONTENT_TYPES = ["text", "text", "text", "text", "input_select", "incoming_email"];

/**
 * Turns platform actions into events with realistic, full-size payloads
 * (conversation meta, sender objects, attachments on some messages), the
 * way the platform broadcasts them to an agent.
 */
export class CorpusBuilder {
  readonly #factories: Factories;
  readonly #random: Prng;
  readonly #world: World;
  readonly #emit: Emit;
  #createdCursor = 0;
  #unreadNotifications = 0;
  #notifications = 0;
  readonly #typingNow: ConversationState[] = [];

  constructor(factories: Factories, random: Prng, world: World, emit: Emit) {
    this.#factories = factories;
    this.#random = random;
    this.#world = world;
    this.#emit = emit;
  }

  /** One random action from the mix, on a (skewed) random conversation. */
  mixed(): Action {
    const action = drawAction(this.#random);
    const conversations = this.#world.conversations;
    const state = conversations[this.#random.skewedIndex(conversations.length)];
    if (!state) throw new Error("the corpus needs at least one conversation");
    this.#apply(action, state);
    return action;
  }

  /** `conversation.created` for conversation `index`. */
  conversationCreated(index: number): void {
    const state = this.#world.conversations[index];
    if (state) this.#send("created", state);
  }

  /** `message.created` in conversation `index`. */
  messageCreated(index: number): void {
    const state = this.#world.conversations[index];
    if (state) this.#messageCreated(state);
  }

  #apply(action: Action, state: ConversationState): void {
    const handlers: Record<Action, () => void> = {
      "message.created": () => this.#messageCreated(state),
      "message.updated": () => this.#messageUpdated(state),
      typing: () => this.#typing(state),
      "status.double": () => this.#statusChanged(state),
      "assignee.double": () => this.#assigneeChanged(state),
      "conversation.updated": () => this.#conversationUpdated(state),
      "presence.update": () => this.#presence(),
      "conversation.created": () => {
        // Round-robin over the fixed pool: the first pass creates, later passes are re-deliveries.
        const conversations = this.#world.conversations;
        const target = conversations[this.#createdCursor++ % conversations.length] ?? state;
        this.#send("created", target);
      },
      "notification.created": () => this.#notification(state),
    };
    handlers[action]();
  }

  #agent(): UserPayload {
    return this.#random.pick(this.#world.agents);
  }

  #messageCreated(state: ConversationState): void {
    const r = this.#random.next();
    const messageType = r < 0.55 ? 0 : r < 0.95 ? 1 : 2;
    const now = this.#world.tick(this.#random);
    const overrides: Partial<MessagePayload> = {
      message_type: messageType,
      created_at: Math.floor(now),
      content_type: messageType === 0 ? this.#random.pick(CONTENT_TYPES) : "text",
      private: messageType === 1 && this.#random.chance(0.1),
      status: messageType === 1 ? "sent" : "delivered",
    };
    if (messageType === 1 && this.#random.chance(0.5)) overrides.echo_id = this.#uuid();
    const attachments = this.#random.chance(0.08)
      ? Array.from({ length: this.#random.int(1, 2) }, () => ({
          file_type: this.#random.pick(FILE_TYPES),
        }))
      : undefined;
    const message = this.#factories.message(overrides, {
      conversation: state.payload,
      sender: messageType === 1 ? this.#agent() : messageType === 2 ? null : undefined,
      attachments,
    });
    this.#world.addMessage(state, message, now);
    const e = events.messageCreated(message);
    this.#emit(e.event, e.data);
  }

  #messageUpdated(state: ConversationState): void {
    const previous = state.recent[state.recent.length - 1 - this.#random.int(0, 2)];
    if (!previous) {
      this.#messageCreated(state);
      return;
    }
    const now = this.#world.tick(this.#random);
    const updatedAt = new Date(now * 1000).toISOString();
    let next: MessagePayload;
    let changes: Record<string, [unknown, unknown]>;
    if (this.#random.chance(0.1)) {
      next = {
        ...previous,
        content: "This message was deleted",
        content_attributes: { ...previous.content_attributes, deleted: true },
        updated_at: updatedAt,
      };
      changes = { content: [previous.content, next.content] };
    } else {
      const status = previous.status === "sent" ? "delivered" : "read";
      next = { ...previous, status, updated_at: updatedAt };
      changes = { status: [previous.status, status] };
    }
    this.#world.replaceMessage(state, next);
    const e = events.messageUpdated(next, changes);
    this.#emit(e.event, e.data);
  }

  // Every typist stops eventually: half of the typing events end someone's typing, anywhere.
  #typing(target: ConversationState): void {
    const active = this.#typingNow;
    const stopping = active.length > 0 && this.#random.chance(0.5);
    const state = stopping ? this.#random.pick(active) : target;
    const typist = stopping
      ? this.#random.pick([...state.typing.values()])
      : this.#random.chance(0.6)
        ? this.#world.contactOf(state)
        : this.#agent();
    const key = `${typist.type}:${typist.id}`;
    if (stopping) {
      state.typing.delete(key);
      if (state.typing.size === 0) active.splice(active.indexOf(state), 1);
    } else {
      if (state.typing.size === 0) active.push(state);
      state.typing.set(key, typist);
    }
    const isPrivate = typist.type === "user" && this.#random.chance(0.1);
    const e = stopping
      ? events.typingOff(state.payload, typist, isPrivate)
      : events.typingOn(state.payload, typist, isPrivate);
    this.#emit(e.event, e.data);
  }

  #touch(state: ConversationState, changes: Partial<ConversationState["payload"]>): void {
    state.payload = { ...state.payload, ...changes, updated_at: this.#world.tick(this.#random) };
  }

  #statusChanged(state: ConversationState): void {
    const index = STATUS_CYCLE.indexOf(state.payload.status);
    const status = STATUS_CYCLE[(index + 1) % STATUS_CYCLE.length] ?? "open";
    const snoozedUntil =
      status === "snoozed" ? Math.floor(this.#world.tick(this.#random)) + 3600 : null;
    this.#touch(state, { status, snoozed_until: snoozedUntil });
    this.#send("status_changed", state);
    this.#send("updated", state);
  }

  #assigneeChanged(state: ConversationState): void {
    const assignee = this.#agent();
    const meta = { ...state.payload.meta, assignee, assignee_type: "User" as const };
    this.#touch(state, { meta });
    this.#send("assignee", state);
    this.#send("updated", state);
  }

  #conversationUpdated(state: ConversationState): void {
    if (this.#random.chance(0.5)) {
      const labels = [...new Set([...state.payload.labels, this.#random.pick(LABELS)])];
      this.#touch(state, { labels });
    } else {
      this.#touch(state, { priority: this.#random.pick(PRIORITIES) });
    }
    this.#send("updated", state);
  }

  #send(kind: "created" | "updated" | "status_changed" | "assignee", state: ConversationState) {
    const options = kind === "created" ? {} : { performer: this.#agent() };
    const build = {
      created: events.conversationCreated,
      updated: events.conversationUpdated,
      status_changed: events.conversationStatusChanged,
      assignee: events.assigneeChanged,
    }[kind];
    const e = build(state.payload, options);
    this.#emit(e.event, e.data);
  }

  #presence(): void {
    const users: Record<string, string> = {};
    for (const agent of this.#world.agents) {
      const r = this.#random.next();
      if (r < 0.7) users[String(agent.id)] = r < 0.6 ? "online" : "busy";
    }
    const contacts: Record<string, string> = {};
    const conversations = this.#world.conversations;
    const online = Math.min(conversations.length, this.#random.int(20, 80));
    for (let i = 0; i < online; i++) {
      const state = this.#random.pick(conversations);
      contacts[String(this.#world.contactOf(state).id)] = "online";
    }
    const e = events.presenceUpdate(this.#world.accountId, users, contacts);
    this.#emit(e.event, e.data);
  }

  #notification(state: ConversationState): void {
    const notification = this.#factories.notification(
      { created_at: Math.floor(this.#world.tick(this.#random)) },
      { conversation: state.payload, user: this.#world.me },
    );
    this.#notifications++;
    this.#unreadNotifications++;
    const e = events.notificationCreated(notification, {
      unreadCount: this.#unreadNotifications,
      count: this.#notifications,
    });
    this.#emit(e.event, e.data);
  }

  #uuid(): string {
    const hex = () =>
      Math.floor(this.#random.next() * 0x10000)
        .toString(16)
        .padStart(4, "0");
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  }
}
