import * as z from "zod/mini";
import { IdSchema, TimestampSchema } from "./primitives";

/** What a notification's `primary_actor` holds: on current servers a conversation. */
export interface NotificationActor {
  /** Id of the actor (conversation display id). */
  id?: number | null;
  /** Every other field of the actor. */
  [key: string]: unknown;
}

/** An agent's notification (mention, assignment, new message, ...). Unknown fields are kept. */
export interface Notification {
  /** Notification id. */
  id: number;
  /** `conversation_mention`, `conversation_assignment`, ... */
  notification_type?: string | null;
  /** `"Conversation"`, ... */
  primary_actor_type?: string | null;
  /** Id of the primary actor. */
  primary_actor_id?: number | null;
  /** The primary actor (a conversation). */
  primary_actor?: NotificationActor | null;
  /** The secondary actor (message, user), when any. */
  secondary_actor?: unknown;
  /** When it was read, unix seconds; `null` while unread. */
  read_at?: number | null;
  /** Creation time, unix seconds. */
  created_at?: number | null;
  /** Last activity, unix seconds; orders the notification list. */
  last_activity_at?: number | null;
  /** When a snoozed notification comes back, unix seconds. */
  snoozed_until?: number | null;
  /** Title to show in a push notification. */
  push_message_title?: string | null;
  /** Account id. */
  account_id?: number | null;
  /** Fields added by newer servers (`user`, `meta`, ...). */
  [key: string]: unknown;
}

/** Validates and normalizes a {@link Notification}. */
export const NotificationSchema: z.ZodMiniType<Notification> = z.looseObject({
  id: IdSchema,
  notification_type: z.nullish(z.string()),
  primary_actor_type: z.nullish(z.string()),
  primary_actor_id: z.nullish(IdSchema),
  primary_actor: z.nullish(z.looseObject({ id: z.nullish(IdSchema) })),
  read_at: z.nullish(TimestampSchema),
  created_at: z.nullish(TimestampSchema),
  last_activity_at: z.nullish(TimestampSchema),
  snoozed_until: z.nullish(TimestampSchema),
  push_message_title: z.nullish(z.string()),
  account_id: z.nullish(IdSchema),
});
