import type { Notification } from "../notification";
import { id, nullishId, nullishNested, nullishString, nullishTimestamp, objectOf } from "./fields";

const validateActor = objectOf<unknown>((out, input, issues) => {
  return nullishId(out, input, "id", issues);
});

/** Socket-path twin of `NotificationSchema`. */
export const validateNotification = objectOf<Notification>((out, input, issues) => {
  let next = id(out, input, "id", issues);
  nullishString(input, "notification_type", issues);
  nullishString(input, "primary_actor_type", issues);
  next = nullishId(next, input, "primary_actor_id", issues);
  next = nullishNested(next, input, "primary_actor", validateActor, issues);
  next = nullishTimestamp(next, input, "read_at", issues);
  next = nullishTimestamp(next, input, "created_at", issues);
  next = nullishTimestamp(next, input, "last_activity_at", issues);
  next = nullishTimestamp(next, input, "snoozed_until", issues);
  nullishString(input, "push_message_title", issues);
  return nullishId(next, input, "account_id", issues);
});
