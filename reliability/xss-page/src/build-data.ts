import {
  type AttachmentPayload,
  type ContactPayload,
  type ConversationPayload,
  createFactories,
  events,
  type MessagePayload,
  type NotificationPayload,
  type UserPayload,
} from "@unilink/testing/browser";
import { marker, type XssPayload } from "./scenario";

/** The account, agent and token of the page's client. */
export const ACCOUNT_ID = 1;
export const ME_ID = 7;
export const TOKEN = "xss-agent-token";
/** The agent's open thread (MessageList) and the contact's widget conversation (ChatWidget). */
export const THREAD_ID = 1000;
export const WIDGET_ID = 1001;

const START = 1_717_243_200;
const SAFE_FILE = "https://files.example.com/safe/photo.png";
const FILE_TYPES = ["image", "audio", "video", "file", "location"] as const;

/** Everything the page feeds the client: a REST-like snapshot, then live events. */
export interface XssData {
  conversations: ConversationPayload[];
  messages: { conversationId: number; messages: MessagePayload[] }[];
  notifications: NotificationPayload[];
  /** Sent through the in-page server once the client is subscribed. */
  live: { event: string; data: object }[];
  /** Live messages and notifications the store must hold before rendering is checked. */
  liveMessageIds: number[];
  liveNotificationIds: number[];
}

/**
 * A payload in every attachment slot: a safe image with a hostile
 * thumbnail (the thumbnail is only used when the file itself is safe), and
 * a hostile file of each type in turn (its URL, thumbnail and title).
 */
function attachmentsFor(payload: XssPayload, index: number): Partial<AttachmentPayload>[] {
  return [
    { file_type: "image", data_url: SAFE_FILE, thumb_url: payload.text },
    {
      file_type: FILE_TYPES[index % FILE_TYPES.length],
      data_url: payload.text,
      thumb_url: payload.text,
      // Location fields the factory's type does not list; the platform sends them.
      ...({
        fallback_title: payload.text,
        coordinates_lat: 52.52,
        coordinates_long: 13.4,
      } as object),
    },
  ];
}

/**
 * Builds the page's data from the payloads with the test kit's factories:
 * per payload a contact and an agent named by it (avatars pointing at it),
 * a conversation labelled by it with its preview, thread messages of every
 * kind (incoming, outgoing, private note, activity) carrying it with
 * attachments, widget messages, a notification titled by it; and live
 * copies (`message.created`, `notification.created`, `typing_on`).
 */
export function buildXssData(payloads: XssPayload[]): XssData {
  const f = createFactories(1, { accountId: ACCOUNT_ID, startTime: START });
  const me = f.user({ id: ME_ID, name: "Agent" });
  const contacts: ContactPayload[] = payloads.map((p, i) =>
    f.contact({ id: 100 + i, name: `${p.text} ${marker("n", p)}`, thumbnail: p.text }),
  );
  const agents: UserPayload[] = payloads.map((p, i) =>
    f.user({
      id: 200 + i,
      name: `${p.text} ${marker("a", p)}`,
      available_name: `${p.text} ${marker("a", p)}`,
      avatar_url: p.text,
      thumbnail: p.text,
    }),
  );
  const contactAt = (i: number) => contacts[i] as ContactPayload;
  const agentAt = (i: number) => agents[i] as UserPayload;

  const conversations: ConversationPayload[] = payloads.map((p, i) => {
    const conversation = f.conversation({
      id: 1 + i,
      status: "open",
      labels: [p.text],
      unread_count: 1 + (i % 9),
      messages: [],
      meta: { sender: contactAt(i), assignee: agentAt(i) },
    });
    const preview = f.message(
      { id: 3000 + i, content: `${p.text} ${marker("p", p)}`, message_type: 0 },
      { conversation, sender: contactAt(i) },
    );
    return { ...conversation, messages: [preview] };
  });

  const headerAgent = f.user({
    id: 999,
    name: payloads.map((p) => p.text).join(" "),
    avatar_url: payloads.find((p) => /^\s*javascript/i.test(p.text))?.text ?? "javascript:void 0",
  });
  const thread = f.conversation({
    id: THREAD_ID,
    status: "open",
    messages: [],
    meta: { sender: contactAt(0), assignee: me },
  });
  const widget = f.conversation({
    id: WIDGET_ID,
    status: "open",
    messages: [],
    meta: { sender: contactAt(0), assignee: headerAgent },
  });

  const threadMessages = payloads.map((p, i) => {
    const kind = i % 4; // incoming, outgoing, private note, activity
    return f.message(
      {
        id: 4000 + i,
        content: `${p.text} ${marker("m", p)}`,
        created_at: START + i * 60,
        message_type: kind === 0 ? 0 : kind === 3 ? 2 : 1,
        private: kind === 2,
      },
      {
        conversation: thread,
        sender: kind === 0 ? contactAt(i) : kind === 3 ? null : agentAt(i),
        attachments: attachmentsFor(p, i),
      },
    );
  });
  const widgetMessages = payloads.map((p, i) =>
    f.message(
      {
        id: 6000 + i,
        content: `${p.text} ${marker("w", p)}`,
        created_at: START + i * 60,
        message_type: i % 2 === 0 ? 0 : 1,
      },
      {
        conversation: widget,
        sender: i % 2 === 0 ? contactAt(i) : agentAt(i),
        attachments: attachmentsFor(p, i + 1),
      },
    ),
  );
  const notifications = payloads.map((p, i) =>
    f.notification(
      { id: 1 + i, push_message_title: `${p.text} ${marker("t", p)}`, read_at: null },
      { conversation: conversations[i] as ConversationPayload, user: me },
    ),
  );

  const live: XssData["live"] = [];
  const liveMessageIds: number[] = [];
  const liveNotificationIds: number[] = [];
  payloads.forEach((p, i) => {
    const message = f.message(
      {
        id: 5000 + i,
        content: `${p.text} ${marker("l", p)}`,
        created_at: START + 100_000 + i,
        message_type: 0,
      },
      { conversation: thread, sender: contactAt(i), attachments: attachmentsFor(p, i + 2) },
    );
    live.push(events.messageCreated(message));
    liveMessageIds.push(message.id);
    const notification = f.notification(
      { id: 500 + i, push_message_title: `${p.text} ${marker("u", p)}`, read_at: null },
      { conversation: conversations[i] as ConversationPayload, user: me },
    );
    live.push(
      events.notificationCreated(notification, {
        unreadCount: payloads.length + i + 1,
        count: payloads.length + i + 1,
      }),
    );
    liveNotificationIds.push(notification.id);
    live.push(events.typingOn(widget, agentAt(i), false));
  });

  return {
    conversations: [...conversations, thread, widget],
    messages: [
      { conversationId: THREAD_ID, messages: threadMessages },
      { conversationId: WIDGET_ID, messages: widgetMessages },
    ],
    notifications,
    live,
    liveMessageIds,
    liveNotificationIds,
  };
}
