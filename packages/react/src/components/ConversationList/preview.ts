import { type Conversation, isMessageDeleted } from "@unilink/core";
import type { ConversationListLabels } from "./labels";

/** One line of text summing up a conversation's last message. */
export function previewOf(conversation: Conversation, labels: ConversationListLabels): string {
  const last = conversation.messages?.[conversation.messages.length - 1];
  if (!last) return labels.noMessages;
  if (isMessageDeleted(last)) return labels.deletedMessage;
  const text = (last.content ?? "").replace(/\s+/g, " ").trim();
  const fileType = last.attachments?.[0]?.file_type;
  const body = text || (fileType ? labels.attachment(fileType) : labels.noMessages);
  return last.private ? `${labels.privateNote} ${body}` : body;
}
