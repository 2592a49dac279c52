import type { UniLinkError } from "../errors";
import type { Message } from "../schema/message";
import type { Drafts } from "./batch";
import { storeMessage } from "./message";
import { EMPTY_MESSAGE_LIST, upsertInList } from "./message-list";
import { isPending } from "./message-order";
import type { PendingAttachment } from "./pending-attachment";
import { setEntry } from "./records";
import type { PendingMessage, UniLinkState } from "./state";

/** What the app knows about a message it is about to send. */
export interface PendingMessageInput {
  /** Display id of the conversation. */
  conversationId: number;
  /** A fresh uuid; sent to the server as `echo_id` and used as the pending id. */
  echoId: string;
  /** Text. */
  content?: string | null;
  /** Private note. Default false. */
  private?: boolean;
  /** Defaults to 1 (outgoing, an agent); a contact's widget passes 0. */
  messageType?: number;
  /** `text` by default. */
  contentType?: string;
  /** Structured extras. */
  contentAttributes?: Record<string, unknown>;
  /** Who sends it, to render the bubble before the server answers. */
  sender?: PendingMessage["sender"];
  /** Display time, unix seconds. Default: now (a retry keeps the first one). */
  createdAt?: number;
  /** Files sent with it (shown before the server has them). */
  attachments?: readonly PendingAttachment[];
}

/** Adds (or re-sends, after a failure) an optimistic message with status `sending`. */
export function addPending(
  state: UniLinkState,
  input: PendingMessageInput,
  nowMs: number,
  drafts?: Drafts,
) {
  const list = state.messages[input.conversationId] ?? EMPTY_MESSAGE_LIST;
  const previous = list.byId[input.echoId];
  if (previous && !isPending(previous)) return state;
  const message: PendingMessage = {
    id: input.echoId,
    echo_id: input.echoId,
    status: "sending",
    conversation_id: input.conversationId,
    created_at: previous?.created_at ?? input.createdAt ?? nowMs / 1000,
    content: input.content ?? null,
    private: input.private ?? false,
    message_type: input.messageType ?? 1,
    content_type: input.contentType ?? "text",
    content_attributes: input.contentAttributes ?? {},
    sender: input.sender ?? null,
  };
  if (input.attachments && input.attachments.length > 0) {
    message.files = input.attachments;
    message.upload = null;
  }
  const messages = setEntry(
    state.messages,
    input.conversationId,
    upsertInList(list, message, drafts),
    drafts,
  );
  return { ...state, messages };
}

/**
 * Replaces the pending message with the server's answer. Whichever of the
 * REST answer and the `message.created` event comes second finds the real
 * message already there and changes nothing.
 */
export function resolvePending(
  state: UniLinkState,
  echoId: string,
  message: Message,
  drafts?: Drafts,
) {
  const confirmed = { ...message, echo_id: message.echo_id ?? echoId };
  return storeMessage(state, confirmed, "created", drafts);
}

/** Marks a pending message `failed`, with why (it stays visible so the app can offer a retry). */
export function failPending(
  state: UniLinkState,
  echoId: string,
  error: UniLinkError | null = null,
  drafts?: Drafts,
): UniLinkState {
  for (const [conversationId, list] of Object.entries(state.messages)) {
    const pending = list.byId[echoId];
    if (!pending || !isPending(pending)) continue;
    if (pending.status === "failed" && (pending.error ?? null) === error) return state;
    const failed: PendingMessage = { ...pending, status: "failed", error };
    const updated = upsertInList(list, failed, drafts);
    const messages = setEntry(state.messages, Number(conversationId), updated, drafts);
    return { ...state, messages };
  }
  return state;
}
