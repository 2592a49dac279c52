import type { ConversationStatus } from "../schema/conversation";
import { runFieldAction } from "./field-action";
import type { ActionHost, ActionOutcome } from "./host";

/**
 * Opens, resolves or marks a conversation pending (`POST .../toggle_status
 * {status}`). The row moves between status lists at once; other dashboards
 * and the contact get `conversation.status_changed` and
 * `conversation.updated`. Resolves to the status the server reports.
 */
export async function setConversationStatus(
  client: ActionHost,
  conversationId: number,
  status: "open" | "resolved" | "pending",
): Promise<ActionOutcome<ConversationStatus>> {
  const outcome = await runFieldAction(
    client,
    conversationId,
    { status, snoozed_until: null },
    (api) => api.toggleStatus(conversationId, status),
  );
  return outcome.ok ? { ok: true, value: outcome.value.current_status ?? status } : outcome;
}

/** `until` as unix seconds: a Date, epoch seconds, or `null` (until the contact replies). */
function toSeconds(until: Date | number | null): number | null {
  if (until === null) return null;
  return Math.floor(until instanceof Date ? until.getTime() / 1000 : until);
}

/**
 * Snoozes a conversation until a time (`POST .../toggle_status {status:
 * "snoozed", snoozed_until}`), or with `null` until the contact's next
 * message. It leaves the Open list at once and comes back when the platform
 * reopens it (a `conversation.status_changed` to `open`).
 *
 * @example
 * const [, anHour] = snoozePresets(Date.now());
 * await snoozeConversation(client, 42, anHour.until);
 */
export async function snoozeConversation(
  client: ActionHost,
  conversationId: number,
  until: Date | number | null,
): Promise<ActionOutcome<ConversationStatus>> {
  const seconds = toSeconds(until);
  const outcome = await runFieldAction(
    client,
    conversationId,
    { status: "snoozed", snoozed_until: seconds },
    (api) => api.toggleStatus(conversationId, "snoozed", { snoozedUntil: seconds }),
  );
  return outcome.ok ? { ok: true, value: outcome.value.current_status ?? "snoozed" } : outcome;
}
