export { type Attachment, type AttachmentFileType, AttachmentSchema } from "./attachment";
export { type Contact, ContactSchema } from "./contact";
export {
  type Conversation,
  type ConversationMeta,
  type ConversationPriority,
  ConversationSchema,
  type ConversationStatus,
} from "./conversation";
export { exceedsDepth, MAX_PAYLOAD_DEPTH } from "./depth";
export {
  type Agent,
  AgentSchema,
  type CannedResponse,
  CannedResponseSchema,
  type Label,
  LabelSchema,
} from "./directory";
export {
  type CacheInvalidatedEventData,
  CacheInvalidatedEventDataSchema,
  type ContactEventData,
  ContactEventDataSchema,
  type ConversationEventData,
  ConversationEventDataSchema,
  type EventEnvelopeFields,
  type MessageEventData,
  MessageEventDataSchema,
  type MessageUpdatedEventData,
  MessageUpdatedEventDataSchema,
  type NotificationDeletedEventData,
  NotificationDeletedEventDataSchema,
  type NotificationEventData,
  NotificationEventDataSchema,
  type PresenceUpdateEventData,
  PresenceUpdateEventDataSchema,
  type TypingEventData,
  TypingEventDataSchema,
} from "./event-data";
export {
  eventDataSchemas,
  eventNameAliases,
  isUniLinkEvent,
  type KnownUniLinkEvent,
  type UniLinkEvent,
  type UniLinkEventListener,
  type UniLinkEventMap,
  type UniLinkEventName,
  type UniLinkEventOf,
  type UnknownUniLinkEvent,
} from "./events";
export {
  type Message,
  type MessageContentAttributes,
  type MessageConversationSummary,
  type MessageFields,
  MessageSchema,
  type MessageStatus,
} from "./message";
export { MessageType, type MessageTypeValue } from "./message-type";
export { type Notification, type NotificationActor, NotificationSchema } from "./notification";
export { normalizeEventName, type ParseResult, parseEvent } from "./parse-event";
export { IdSchema, TimestampSchema } from "./primitives";
export { type Team, TeamSchema } from "./team";
export {
  type AgentBot,
  AgentBotSchema,
  type AvailabilityStatus,
  type Participant,
  ParticipantSchema,
  type User,
  UserSchema,
} from "./user";
export { eventDataValidators, isUniLinkEventName } from "./validate";
