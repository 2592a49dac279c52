import type { Notification } from "../notification";
import { id, nullish, shape, string, timestamp } from "./fields";

/** Socket-path twin of `NotificationSchema`. */
export const validateNotification = shape<Notification>({
  id,
  notification_type: nullish(string),
  primary_actor_type: nullish(string),
  primary_actor_id: nullish(id),
  primary_actor: nullish(shape({ id: nullish(id) })),
  read_at: nullish(timestamp),
  created_at: nullish(timestamp),
  last_activity_at: nullish(timestamp),
  snoozed_until: nullish(timestamp),
  push_message_title: nullish(string),
  account_id: nullish(id),
});
