import { registerSecret } from "../errors";
import type { Conversation } from "../schema/conversation";
import type { Message } from "../schema/message";
import { validateConversation } from "../schema/validate/conversation";
import { validateMessage } from "../schema/validate/message";
import { createHttpClient, type HttpOptions, type UploadOptions } from "./http";
import {
  type ContactSession,
  validateContactSession,
  validateConversations,
  validateMessages,
  withConversationId,
} from "./schemas";

/** Options of {@link createContactApi}. */
export interface ContactApiOptions extends HttpOptions {
  /** The website inbox's `inbox_identifier` (its widget settings). */
  inboxIdentifier: string;
}

/** What {@link ContactApi.createContact} sends; all optional (an anonymous visitor). */
export interface ContactInput {
  /** The app's id for the user; with `identifierHash`, identifies a known contact. */
  identifier?: string;
  /** HMAC of `identifier` (identity validation). */
  identifierHash?: string;
  name?: string;
  email?: string;
  phoneNumber?: string;
  customAttributes?: Record<string, unknown>;
}

/** What {@link ContactApi.sendMessage} sends. */
export interface ContactSendInput {
  content: string;
  /** The optimistic id; the answer lacks it, the `message.created` event carries it. */
  echoId: string;
  /** Files to attach (sent as multipart `attachments[]`). */
  attachments?: readonly Blob[];
}

/** The public Client API calls a contact's widget needs beside the socket. */
export interface ContactApi {
  /** Tells the client which kind of API this is. */
  readonly kind: "contact";
  /** `POST .../contacts`: a new session; its `pubsub_token` is the socket token. */
  createContact(input?: ContactInput): Promise<ContactSession>;
  /** `GET .../contacts/{source_id}`. */
  getContact(sourceId: string): Promise<ContactSession>;
  /** `GET .../contacts/{source_id}/conversations`: all of them (unpaginated). */
  listConversations(sourceId: string): Promise<Conversation[]>;
  /** `POST .../contacts/{source_id}/conversations`. */
  createConversation(
    sourceId: string,
    input?: { customAttributes?: Record<string, unknown>; message?: string },
  ): Promise<Conversation>;
  /** `GET .../conversations/{id}/messages`: the latest 20, or 20 `before` an id (no `after`). */
  listMessages(
    sourceId: string,
    conversationId: number,
    cursor?: { before?: number },
  ): Promise<Message[]>;
  /** `POST .../conversations/{id}/messages`: the created message (without `echo_id`). */
  sendMessage(
    sourceId: string,
    conversationId: number,
    input: ContactSendInput,
    upload?: UploadOptions,
  ): Promise<Message>;
  /** `POST .../conversations/{id}/toggle_typing`. */
  toggleTyping(sourceId: string, conversationId: number, typingStatus: "on" | "off"): Promise<void>;
  /** `POST .../conversations/{id}/update_last_seen` (agents then get `conversation.read`). */
  updateLastSeen(sourceId: string, conversationId: number): Promise<void>;
}

function registerSession(session: ContactSession): ContactSession {
  registerSecret(session.pubsub_token);
  return session;
}

/**
 * A typed client of the platform's public Client API (a contact's widget),
 * on `fetch`. No auth header: requests are scoped by the inbox identifier
 * and the session's `source_id`. Session tokens are registered as secrets.
 *
 * @example
 * const api = createContactApi({ baseUrl: "https://chat.example.com", inboxIdentifier });
 * const session = await api.createContact({ name: "Ada" });
 * // session.pubsub_token is the socket token, session.source_id addresses the rest
 */
export function createContactApi(options: ContactApiOptions): ContactApi {
  const http = createHttpClient(options);
  const inbox = `/public/api/v1/inboxes/${encodeURIComponent(options.inboxIdentifier)}`;
  const contact = (sourceId: string) => `${inbox}/contacts/${encodeURIComponent(sourceId)}`;
  const conversation = (sourceId: string, id: number) => `${contact(sourceId)}/conversations/${id}`;

  return {
    kind: "contact",
    async createContact(input = {}) {
      const body: Record<string, unknown> = {
        identifier: input.identifier,
        identifier_hash: input.identifierHash,
        name: input.name,
        email: input.email,
        phone_number: input.phoneNumber,
        custom_attributes: input.customAttributes,
      };
      for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
      const session = await http({
        method: "POST",
        path: `${inbox}/contacts`,
        body,
        validate: validateContactSession,
      });
      return registerSession(session);
    },
    async getContact(sourceId) {
      const session = await http({
        method: "GET",
        path: contact(sourceId),
        validate: validateContactSession,
      });
      return registerSession(session);
    },
    listConversations: (sourceId) =>
      http({
        method: "GET",
        path: `${contact(sourceId)}/conversations`,
        validate: validateConversations,
      }),
    createConversation: (sourceId, input = {}) =>
      http({
        method: "POST",
        path: `${contact(sourceId)}/conversations`,
        body: {
          ...(input.customAttributes ? { custom_attributes: input.customAttributes } : {}),
          ...(input.message ? { message: { content: input.message } } : {}),
        },
        validate: validateConversation,
      }),
    listMessages: (sourceId, id, cursor = {}) =>
      http({
        method: "GET",
        path: `${conversation(sourceId, id)}/messages`,
        query: { before: cursor.before },
        validate: validateMessages,
        prepare: withConversationId(id),
      }),
    sendMessage: (sourceId, id, input, upload) => {
      let body: Record<string, unknown> | FormData = {
        content: input.content,
        echo_id: input.echoId,
      };
      if (input.attachments && input.attachments.length > 0) {
        const form = new FormData();
        form.append("content", input.content);
        form.append("echo_id", input.echoId);
        for (const file of input.attachments) form.append("attachments[]", file);
        body = form;
      }
      return http({
        method: "POST",
        path: `${conversation(sourceId, id)}/messages`,
        body,
        upload,
        validate: validateMessage,
        prepare: withConversationId(id),
      });
    },
    toggleTyping: (sourceId, id, typingStatus) =>
      http({
        method: "POST",
        path: `${conversation(sourceId, id)}/toggle_typing`,
        body: { typing_status: typingStatus },
      }),
    updateLastSeen: (sourceId, id) =>
      http({ method: "POST", path: `${conversation(sourceId, id)}/update_last_seen` }),
  };
}
