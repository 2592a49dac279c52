import type { Notification } from "../notification";
import {
  type Issues,
  id,
  isObject,
  notObject,
  nullishId,
  nullishNested,
  nullishString,
  nullishTimestamp,
  startObject,
} from "./fields";

function validateActor(input: unknown, issues: Issues): unknown {
  if (!isObject(input)) {
    notObject(issues);
    return input;
  }
  return nullishId(startObject(input), input, "id", issues);
}

/** Socket-path twin of `NotificationSchema`. */
export function validateNotification(input: unknown, issues: Issues): Notification {
  if (!isObject(input)) {
    notObject(issues);
    return input as Notification;
  }
  let out = id(startObject(input), input, "id", issues);
  nullishString(input, "notification_type", issues);
  nullishString(input, "primary_actor_type", issues);
  out = nullishId(out, input, "primary_actor_id", issues);
  out = nullishNested(out, input, "primary_actor", validateActor, issues);
  out = nullishTimestamp(out, input, "read_at", issues);
  out = nullishTimestamp(out, input, "created_at", issues);
  out = nullishTimestamp(out, input, "last_activity_at", issues);
  out = nullishTimestamp(out, input, "snoozed_until", issues);
  nullishString(input, "push_message_title", issues);
  return nullishId(out, input, "account_id", issues) as Notification;
}
