// What apps write today without a library: JSON.parse, no validation, arrays
// searched with findIndex and copied immutably on every event (Redux style).

// biome-ignore lint/suspicious/noExplicitAny: payloads are trusted blindly, as such code does
type Json = Record<string, any>;

/** A conversation with its messages array, as in the official dashboard's store. */
export interface HandwrittenConversation extends Json {
  id: number;
  messages: Json[];
}

/** The whole app state of the handwritten baseline. */
export interface HandwrittenState {
  conversations: HandwrittenConversation[];
  typing: Record<number, Json[]>;
  presence: { users: Json; contacts: Json };
  notifications: Json[];
  unreadCount: number;
}

/** Empty state. */
export const initialHandwrittenState: HandwrittenState = {
  conversations: [],
  typing: {},
  presence: { users: {}, contacts: {} },
  notifications: [],
  unreadCount: 0,
};

function upsertConversation(state: HandwrittenState, data: Json): HandwrittenState {
  const index = state.conversations.findIndex((c) => c.id === data.id);
  if (index === -1) {
    const conversation: HandwrittenConversation = { ...data, id: data.id, messages: [] };
    return { ...state, conversations: [...state.conversations, conversation] };
  }
  return {
    ...state,
    conversations: state.conversations.map((c) =>
      c.id === data.id ? { ...c, ...data, messages: c.messages } : c,
    ),
  };
}

function addMessage(state: HandwrittenState, message: Json): HandwrittenState {
  const index = state.conversations.findIndex((c) => c.id === message.conversation_id);
  if (index === -1) {
    const stub = { id: message.conversation_id as number, messages: [message] };
    return { ...state, conversations: [...state.conversations, stub] };
  }
  return {
    ...state,
    conversations: state.conversations.map((c) => {
      if (c.id !== message.conversation_id) return c;
      if (c.messages.findIndex((m) => m.id === message.id) !== -1) return c;
      return { ...c, messages: [...c.messages, message], last_activity_at: message.created_at };
    }),
  };
}

function updateMessage(state: HandwrittenState, message: Json): HandwrittenState {
  return {
    ...state,
    conversations: state.conversations.map((c) =>
      c.id === message.conversation_id
        ? {
            ...c,
            messages: c.messages.map((m) => (m.id === message.id ? { ...m, ...message } : m)),
          }
        : c,
    ),
  };
}

function setTyping(state: HandwrittenState, data: Json, on: boolean): HandwrittenState {
  const id = data.conversation.id as number;
  const others = (state.typing[id] ?? []).filter(
    (u) => !(u.id === data.user.id && u.type === data.user.type),
  );
  return { ...state, typing: { ...state.typing, [id]: on ? [...others, data.user] : others } };
}

/** Applies one `{event, data}` message, returning a new state object. */
export function handwrittenReducer(state: HandwrittenState, message: Json): HandwrittenState {
  const { event, data } = message;
  switch (event) {
    case "message.created":
      return addMessage(state, data);
    case "message.updated":
      return updateMessage(state, data);
    case "conversation.created":
    case "conversation.updated":
    case "conversation.status_changed":
    case "assignee.changed":
      return upsertConversation(state, data);
    case "conversation.typing_on":
      return setTyping(state, data, true);
    case "conversation.typing_off":
      return setTyping(state, data, false);
    case "presence.update":
      return { ...state, presence: { users: data.users, contacts: data.contacts ?? {} } };
    case "notification.created":
      return {
        ...state,
        notifications: [data.notification, ...state.notifications],
        unreadCount: data.unread_count,
      };
    default:
      return state;
  }
}
