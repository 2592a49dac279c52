import type { AgentApi } from "../api/agent-api";
import type { ContactApi } from "../api/contact-api";
import { CONVERSATION_PAGE_SIZE, type SyncBackend } from "./backend";

function optional(value: number | null | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

/** The sync backend of an agent client. */
export function agentBackend(api: AgentApi): SyncBackend {
  return {
    kind: "agent",
    ownMessageType: 1,
    async listConversations(query, page) {
      const result = await api.listConversations({ ...query, page });
      const meta = result.meta;
      return {
        conversations: result.payload,
        hasMore: result.payload.length >= CONVERSATION_PAGE_SIZE,
        counts: {
          mineCount: optional(meta.mine_count),
          assignedCount: optional(meta.assigned_count),
          unassignedCount: optional(meta.unassigned_count),
          allCount: optional(meta.all_count),
        },
      };
    },
    getConversation: (id) => api.getConversation(id),
    latestMessages: async (id) => (await api.listMessages(id)).payload,
    messagesBefore: async (id, before) => (await api.listMessages(id, { before })).payload,
    messagesAfter: async (id, after) => (await api.listMessages(id, { after })).payload,
    sendMessage: (id, message, upload) => api.sendMessage(id, message, upload),
    toggleTyping: (id, on, isPrivate) =>
      api.toggleTyping(id, { typingStatus: on ? "on" : "off", isPrivate }),
    updateLastSeen: (id) => api.updateLastSeen(id),
    async notifications() {
      const page = await api.listNotifications();
      return {
        notifications: page.payload,
        unreadCount: optional(page.meta.unread_count),
        count: optional(page.meta.count),
      };
    },
    async markNotificationsRead(ids) {
      if (ids === "all") await api.markAllNotificationsRead();
      else for (const id of ids) await api.markNotificationRead(id);
    },
  };
}

/** The sync backend of a contact client, bound to one session (`source_id`). */
export function contactBackend(api: ContactApi, sourceId: string): SyncBackend {
  return {
    kind: "contact",
    ownMessageType: 0,
    async listConversations() {
      return { conversations: await api.listConversations(sourceId), counts: null, hasMore: false };
    },
    latestMessages: (id) => api.listMessages(sourceId, id),
    messagesBefore: (id, before) => api.listMessages(sourceId, id, { before }),
    sendMessage: (id, message, upload) =>
      api.sendMessage(
        sourceId,
        id,
        { content: message.content, echoId: message.echoId, attachments: message.attachments },
        upload,
      ),
    toggleTyping: (id, on) => api.toggleTyping(sourceId, id, on ? "on" : "off"),
    updateLastSeen: (id) => api.updateLastSeen(sourceId, id),
    createConversation: () => api.createConversation(sourceId),
  };
}
