/**
 * A `message.created` payload shaped like the platform's (Chatwoot v4
 * Message#push_event_data): integer message_type, unix `created_at`, ISO
 * `updated_at`, sender and conversation summary.
 */
export function messageCreatedData(accountId: number, conversationId: number, id: number) {
  const now = Math.floor(Date.now() / 1000);
  return {
    id,
    content: `hello from the real server #${id}`,
    account_id: accountId,
    inbox_id: 3,
    conversation_id: conversationId,
    message_type: 0,
    created_at: now,
    updated_at: new Date(now * 1000).toISOString(),
    private: false,
    status: "sent",
    source_id: null,
    content_type: "text",
    content_attributes: {},
    sender_type: "Contact",
    sender_id: 5,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: `hello from the real server #${id}`,
    sentiment: {},
    conversation: {
      assignee_id: null,
      unread_count: 1,
      last_activity_at: now,
      contact_inbox: { source_id: "8d0b0c8e-0000-4000-8000-000000000000" },
    },
    sender: {
      additional_attributes: {},
      custom_attributes: {},
      email: "ada@example.com",
      id: 5,
      identifier: null,
      name: "Ada",
      phone_number: null,
      thumbnail: "",
      blocked: false,
      type: "contact",
    },
  };
}
