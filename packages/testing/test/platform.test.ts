import { describe, expect, it } from "vitest";
import { FakePlatform, type PlatformCable } from "../src/browser";

interface Delivered {
  stream: string;
  event: string;
  data: Record<string, unknown>;
}

/** A socket server double that records registrations and broadcasts. */
function recordingCable() {
  const delivered: Delivered[] = [];
  const tokens = new Map<string, string>();
  const rotations: [string, string][] = [];
  const cable: PlatformCable = {
    addAgent: (init) => tokens.set(init.token, `agent:${init.userId}:${init.accountId}`),
    addContact: (init) => tokens.set(init.token, `contact:${init.contactId}`),
    rotateToken: (oldToken, newToken) => rotations.push([oldToken, newToken]),
    broadcast: (stream, event, data) => {
      delivered.push({ stream, event, data: data as Record<string, unknown> });
      return 1;
    },
  };
  const to = (stream: string) => delivered.filter((d) => d.stream === stream).map((d) => d.event);
  return { cable, delivered, tokens, rotations, to };
}

let clock = 1_717_243_200_000;
const now = () => clock;

function world() {
  const recorder = recordingCable();
  const platform = new FakePlatform({ cable: recorder.cable, now });
  const ana = platform.createAgent({ name: "Ana" });
  const caio = platform.createAgent({ name: "Caio" });
  const bruno = platform.createContact({ name: "Bruno" });
  const dora = platform.createContact({ name: "Dora" });
  const conversation = platform.createConversation({ contact: bruno });
  recorder.delivered.length = 0;
  return { platform, ana, caio, bruno, dora, conversation, ...recorder };
}

describe("FakePlatform routing: who receives which event", () => {
  it("registers every agent and contact token with the socket server", () => {
    const { tokens, ana, bruno } = world();
    expect(tokens.get(ana.pubsubToken)).toBe(`agent:${ana.id}:1`);
    expect(tokens.get(bruno.pubsubToken)).toBe(`contact:${bruno.id}`);
  });

  it("sends a contact's message to every agent and to that contact only", () => {
    const { platform, conversation, to, ana, caio, bruno, dora } = world();
    const message = platform.receiveContactMessage(conversation.id, "Where is my parcel?");
    expect(to(ana.pubsubToken)).toEqual(["message.created"]);
    expect(to(caio.pubsubToken)).toEqual(["message.created"]);
    expect(to(bruno.pubsubToken)).toEqual(["message.created"]);
    expect(to(dora.pubsubToken)).toEqual([]);
    expect(message).toMatchObject({ message_type: 0, sender: { id: bruno.id, type: "contact" } });
  });

  it("keeps private notes and activity messages from the contact", () => {
    const { platform, conversation, to, ana, bruno } = world();
    platform.agentReply(conversation.id, "VIP", { agentId: ana.id, private: true });
    platform.addActivity(conversation.id, "Conversation was resolved");
    expect(to(ana.pubsubToken)).toEqual(["message.created", "message.created"]);
    expect(to(bruno.pubsubToken)).toEqual([]);
  });

  it("sends first.reply.created to agents for the first public agent reply only", () => {
    const { platform, conversation, to, caio, bruno } = world();
    platform.agentReply(conversation.id, "Hello", { agentId: caio.id });
    platform.agentReply(conversation.id, "Still there?", { agentId: caio.id });
    expect(to(bruno.pubsubToken)).toEqual(["message.created", "message.created"]);
    expect(to(platform.agent(1).pubsubToken)).toEqual([
      "message.created",
      "first.reply.created",
      "message.created",
    ]);
  });

  it("never sends typing to the typist, and private typing only to agents", () => {
    const { platform, conversation, to, ana, caio, bruno } = world();
    platform.setTyping(conversation.id, { agentId: ana.id }, true);
    platform.setTyping(conversation.id, { agentId: ana.id }, true, { isPrivate: true });
    platform.setTyping(conversation.id, { contact: true }, false);
    expect(to(ana.pubsubToken)).toEqual(["conversation.typing_off"]);
    expect(to(caio.pubsubToken)).toEqual([
      "conversation.typing_on",
      "conversation.typing_on",
      "conversation.typing_off",
    ]);
    expect(to(bruno.pubsubToken)).toEqual(["conversation.typing_on"]);
  });

  it("a status change sends status_changed and updated to agents and the contact", () => {
    const { platform, conversation, to, ana, bruno, delivered } = world();
    platform.changeStatus(conversation.id, "resolved", { performerId: ana.id });
    const both = ["conversation.status_changed", "conversation.updated"];
    expect(to(ana.pubsubToken)).toEqual(both);
    expect(to(bruno.pubsubToken)).toEqual(both);
    expect(delivered[0]?.data).toMatchObject({
      status: "resolved",
      account_id: 1,
      performer: { id: ana.id },
    });
  });

  it.each(["resolved", "snoozed"] as const)(
    "a contact message reopens a %s conversation first: status events to agents and contact, then the message",
    (status) => {
      const { platform, conversation, to, ana, bruno, delivered } = world();
      platform.changeStatus(conversation.id, status, { performerId: ana.id });
      delivered.length = 0;
      platform.receiveContactMessage(conversation.id, "It broke again");
      const order = ["conversation.status_changed", "conversation.updated", "message.created"];
      expect(to(ana.pubsubToken)).toEqual(order);
      expect(to(bruno.pubsubToken)).toEqual(order);
      expect(delivered[0]?.data).toMatchObject({ status: "open", id: conversation.id });
      expect(delivered[0]?.data).not.toHaveProperty("performer");
      expect(platform.conversation(conversation.id).status).toBe("open");
    },
  );

  it("agent replies and notes leave a resolved or pending conversation as it is", () => {
    const { platform, conversation, ana, delivered } = world();
    platform.changeStatus(conversation.id, "resolved", { performerId: ana.id });
    platform.agentReply(conversation.id, "Closing note", { agentId: ana.id, private: true });
    platform.agentReply(conversation.id, "Anything else?", { agentId: ana.id });
    expect(platform.conversation(conversation.id).status).toBe("resolved");
    platform.changeStatus(conversation.id, "pending", { performerId: ana.id });
    delivered.length = 0;
    platform.receiveContactMessage(conversation.id, "hello?");
    expect(platform.conversation(conversation.id).status).toBe("pending");
    expect(delivered.map((d) => d.event)).not.toContain("conversation.status_changed");
  });

  it("an assignment sends assignee.changed (agents) and updated (all), and notifies the assignee", () => {
    const { platform, conversation, to, ana, caio, bruno } = world();
    platform.assign(conversation.id, caio.id, { performerId: ana.id });
    expect(to(ana.pubsubToken)).toEqual(["assignee.changed", "conversation.updated"]);
    expect(to(caio.pubsubToken)).toEqual([
      "assignee.changed",
      "conversation.updated",
      "notification.created",
    ]);
    expect(to(bruno.pubsubToken)).toEqual(["conversation.updated"]);
    expect(platform.conversation(conversation.id).meta.assignee?.id).toBe(caio.id);
    expect(platform.notifications(caio.id)).toHaveLength(1);
  });

  it("a message in an assigned conversation notifies the assignee, with the message as secondary actor", () => {
    const { platform, conversation, to, ana, caio, bruno, delivered } = world();
    platform.assign(conversation.id, ana.id, { performerId: caio.id });
    delivered.length = 0;
    platform.receiveContactMessage(conversation.id, "Any news?");
    platform.agentReply(conversation.id, "Checking", { agentId: ana.id });
    platform.agentReply(conversation.id, "Internal", { agentId: caio.id, private: true });
    expect(to(ana.pubsubToken).filter((e) => e.startsWith("notification."))).toEqual([
      "notification.created",
    ]);
    expect(to(caio.pubsubToken)).not.toContain("notification.created");
    expect(to(bruno.pubsubToken)).not.toContain("notification.created");
    const created = delivered.find((d) => d.event === "notification.created");
    expect(created?.data).toMatchObject({
      notification: {
        notification_type: "assigned_conversation_new_message",
        primary_actor: { meta: { sender: { name: "Bruno" } } },
        secondary_actor: { content: "Any news?", message_type: 0 },
      },
      unread_count: 2,
      count: 2,
    });
    const [assignment] = platform.notifications(ana.id).slice(-1);
    expect(assignment?.secondary_actor).toMatchObject({ type: "user", name: "Caio" });
  });

  it("after a token rotation, events go to the new token only", () => {
    const { platform, conversation, to, ana, rotations } = world();
    const fresh = platform.rotateAgentToken(ana.id);
    expect(rotations).toEqual([[ana.pubsubToken, fresh]]);
    platform.receiveContactMessage(conversation.id, "hello?");
    expect(to(ana.pubsubToken)).toEqual([]);
    expect(to(fresh)).toEqual(["message.created"]);
  });
});

describe("FakePlatform truth", () => {
  it("gives messages increasing server ids and keeps them in order", () => {
    const { platform, conversation, ana } = world();
    platform.receiveContactMessage(conversation.id, "one");
    platform.agentReply(conversation.id, "two", { agentId: ana.id });
    platform.receiveContactMessage(conversation.id, "three");
    const messages = platform.messages(conversation.id);
    expect(messages.map((m) => m.content)).toEqual(["one", "two", "three"]);
    expect(messages.map((m) => m.id)).toEqual([1, 2, 3]);
  });

  it("is idempotent per echo id: a repeated send returns the first message and sends nothing", () => {
    const { platform, conversation, delivered } = world();
    const first = platform.receiveContactMessage(conversation.id, "hi", { echoId: "e-1" });
    const count = delivered.length;
    const again = platform.receiveContactMessage(conversation.id, "hi", { echoId: "e-1" });
    expect(again.id).toBe(first.id);
    expect(delivered).toHaveLength(count);
    expect(platform.messages(conversation.id)).toHaveLength(1);
  });

  it("puts echo_id in the event only", () => {
    const { platform, conversation, delivered } = world();
    const message = platform.receiveContactMessage(conversation.id, "hi", { echoId: "e-2" });
    expect(delivered[0]?.data.echo_id).toBe("e-2");
    expect(message.echo_id).toBeUndefined();
  });

  it("counts unread incoming messages (capped at 10) until an agent looks", () => {
    const { platform, conversation } = world();
    for (let i = 0; i < 12; i++) {
      clock += 1000;
      platform.receiveContactMessage(conversation.id, `m${i}`);
    }
    expect(platform.conversation(conversation.id).unread_count).toBe(10);
    platform.markSeenByAgent(conversation.id);
    expect(platform.conversation(conversation.id).unread_count).toBe(0);
  });

  it("contact read: conversation.read to agents, agent messages become read", () => {
    const { platform, conversation, to, ana, bruno } = world();
    const reply = platform.agentReply(conversation.id, "hi", { agentId: ana.id });
    platform.markSeenByContact(conversation.id);
    expect(to(platform.agent(2).pubsubToken)).toContain("conversation.read");
    expect(to(bruno.pubsubToken)).not.toContain("conversation.read");
    expect(to(bruno.pubsubToken)).toContain("message.updated");
    expect(platform.messages(conversation.id).find((m) => m.id === reply.id)?.status).toBe("read");
  });

  it("keeps conversation updated_at strictly increasing, even within one millisecond", () => {
    const { platform, conversation } = world();
    const before = platform.conversation(conversation.id).updated_at;
    platform.changeStatus(conversation.id, "pending");
    const middle = platform.conversation(conversation.id).updated_at;
    platform.changeStatus(conversation.id, "open");
    expect(middle).toBeGreaterThan(before);
    expect(platform.conversation(conversation.id).updated_at).toBeGreaterThan(middle);
  });

  it("re-identifying a contact opens a new session with a new token for the same contact", () => {
    const { platform } = world();
    const first = platform.createContact({ identifier: "shop-42", name: "Eva" });
    const second = platform.createContact({ identifier: "shop-42" });
    expect(second.id).toBe(first.id);
    expect(second.sourceId).not.toBe(first.sourceId);
    expect(second.pubsubToken).not.toBe(first.pubsubToken);
  });

  it("numbers conversations per account", () => {
    const { platform, ana } = world();
    const other = platform.createAccount({ name: "Other" });
    platform.createInbox({ accountId: other.id });
    platform.addAgentToAccount(ana.id, other.id);
    const visitor = platform.createContact({ accountId: other.id });
    const created = platform.createConversation({ contact: visitor });
    expect(created.id).toBe(1);
    expect(created.account_id).toBe(other.id);
  });

  it("holds events until released, or drops them", () => {
    const { platform, conversation, delivered } = world();
    platform.holdEvents();
    platform.receiveContactMessage(conversation.id, "late");
    expect(delivered).toHaveLength(0);
    expect(platform.releaseEvents()).toBe(1);
    expect(delivered.map((d) => d.event)).toContain("message.created");
    platform.holdEvents();
    platform.receiveContactMessage(conversation.id, "lost");
    platform.releaseEvents({ drop: true });
    expect(delivered.filter((d) => d.data.content === "lost")).toEqual([]);
  });

  it("saves to JSON and restores the same truth, re-registering tokens", () => {
    const { platform, conversation, ana } = world();
    platform.receiveContactMessage(conversation.id, "persist me");
    const saved = JSON.parse(JSON.stringify(platform.toJSON()));
    const recorder = recordingCable();
    const restored = new FakePlatform({ cable: recorder.cable, now, data: saved });
    expect(restored.messages(conversation.id)).toEqual(platform.messages(conversation.id));
    expect(recorder.tokens.get(ana.pubsubToken)).toBe(`agent:${ana.id}:1`);
    const next = restored.receiveContactMessage(conversation.id, "after restore");
    expect(next.id).toBe(2);
  });
});
