import { createConversation, markSeenByContact, setTyping } from "../platform/conversation-ops";
import { createContactSession } from "../platform/directory-ops";
import { PlatformError } from "../platform/errors";
import type { FakePlatform } from "../platform/fake-platform";
import { isContactVisible, messagePage } from "../platform/listing";
import { createMessage } from "../platform/message-ops";
import { conversationPayload, messagePayload } from "../platform/present";
import type { ContactInboxRow, ContactRow } from "../platform/records";
import { bodyOf, intParam, intQuery, ok, stringField } from "./responses";
import type { Route } from "./route";
import { attachmentsOf } from "./uploads";

const INBOX = "^/public/api/v1/inboxes/(?<inbox>[^/]+)";
const CONTACT = `${INBOX}/contacts/(?<source>[^/]+)`;
const CONVERSATION = `${CONTACT}/conversations/(?<id>[^/]+)`;

/** The contact session addressed by inbox identifier and `source_id` (no auth header). */
function session(platform: FakePlatform, params: Record<string, string>) {
  const { ctx } = platform.runtime;
  const inbox = ctx.inboxByIdentifier(params.inbox ?? "");
  const contactInbox = ctx.contactInboxBySource(inbox.id, params.source ?? "");
  return { ctx, inbox, contactInbox, contact: ctx.contact(contactInbox.contactId) };
}

/** A conversation of that session (another contact's conversation is a 404). */
function conversationOf(platform: FakePlatform, params: Record<string, string>) {
  const scoped = session(platform, params);
  const conversation = scoped.ctx.conversation(
    scoped.inbox.accountId,
    intParam(params.id, "conversation"),
  );
  if (conversation.contactInboxId !== scoped.contactInbox.id) {
    throw new PlatformError(404, "conversation not found");
  }
  return { ...scoped, conversation };
}

/** What the public API says about a contact session. */
function sessionPayload(contact: ContactRow, contactInbox: ContactInboxRow) {
  return {
    id: contact.id,
    source_id: contactInbox.sourceId,
    pubsub_token: contactInbox.pubsubToken,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phoneNumber,
    identifier: contact.identifier,
  };
}

/** Public Client API routes (a contact's widget), paths and shapes as on the platform. */
export const contactRoutes: Route[] = [
  {
    method: "POST",
    pattern: new RegExp(`${INBOX}/contacts$`),
    handle: (platform, request, params) => {
      const { ctx } = platform.runtime;
      const inbox = ctx.inboxByIdentifier(params.inbox ?? "");
      const body = bodyOf(request.body);
      const created = createContactSession(platform.runtime, inbox.accountId, {
        inboxId: inbox.id,
        identifier: stringField(body.identifier) ?? null,
        name: stringField(body.name),
        email: stringField(body.email),
        phoneNumber: stringField(body.phone_number),
      });
      return ok(sessionPayload(created.contact, created.contactInbox));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONTACT}$`),
    handle: (platform, _request, params) => {
      const { contact, contactInbox } = session(platform, params);
      return ok(sessionPayload(contact, contactInbox));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONTACT}/conversations$`),
    handle: (platform, _request, params) => {
      const { ctx, contactInbox } = session(platform, params);
      const mine = ctx.data.conversations.filter((c) => c.contactInboxId === contactInbox.id);
      return ok(mine.map((c) => conversationPayload(ctx, c)));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONTACT}/conversations$`),
    handle: (platform, request, params) => {
      const { ctx, contactInbox } = session(platform, params);
      const body = bodyOf(request.body);
      const attributes = body.custom_attributes;
      const conversation = createConversation(platform.runtime, {
        contactInboxId: contactInbox.id,
        customAttributes:
          typeof attributes === "object" && attributes !== null
            ? (attributes as Record<string, unknown>)
            : undefined,
      });
      const first = stringField(bodyOf(body.message).content);
      if (first)
        createMessage(platform.runtime, conversation, {
          author: { kind: "contact" },
          content: first,
        });
      return ok(conversationPayload(ctx, conversation));
    },
  },
  {
    method: "GET",
    pattern: new RegExp(`${CONVERSATION}/messages$`),
    handle: (platform, request, params) => {
      const { ctx, conversation } = conversationOf(platform, params);
      const rows = messagePage(
        ctx.messagesOf(conversation),
        { before: intQuery(request.query.before) },
        isContactVisible,
      );
      return ok(rows.map((m) => messagePayload(ctx, m)));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/messages$`),
    handle: (platform, request, params) => {
      const { ctx, conversation } = conversationOf(platform, params);
      const body = bodyOf(request.body);
      const { message } = createMessage(platform.runtime, conversation, {
        author: { kind: "contact" },
        content: stringField(body.content) ?? null,
        echoId: stringField(body.echo_id) ?? null,
        attachments: attachmentsOf(body),
      });
      // The public API's answer lacks `echo_id`; only the event carries it.
      return ok(messagePayload(ctx, message, false));
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/toggle_typing$`),
    handle: (platform, request, params) => {
      const { conversation } = conversationOf(platform, params);
      const on = bodyOf(request.body).typing_status === "on";
      setTyping(platform.runtime, conversation, { kind: "contact" }, on);
      return ok();
    },
  },
  {
    method: "POST",
    pattern: new RegExp(`${CONVERSATION}/update_last_seen$`),
    handle: (platform, _request, params) => {
      markSeenByContact(platform.runtime, conversationOf(platform, params).conversation);
      return ok();
    },
  },
];
