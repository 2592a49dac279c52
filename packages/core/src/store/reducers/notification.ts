import { removeNotification, upsertNotification } from "../apply-notification";
import type { Reducer } from "../context";

/** `notification.created` / `updated`: upsert, with the counts the payload carries. */
export const onNotificationPayload: Reducer<"notification.created" | "notification.updated"> = (
  state,
  data,
) => upsertNotification(state, data.notification, data);

/** `notification.deleted`: remove, with the counts the payload carries. */
export const onNotificationDeleted: Reducer<"notification.deleted"> = (state, data) =>
  removeNotification(state, data.notification.id, data);
