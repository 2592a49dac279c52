import type { StoredMessage } from "./state";

/** Key of a message in its list: the id as a string (pending ids are uuids already). */
export function messageKey(message: Pick<StoredMessage, "id">): string {
  return String(message.id);
}

/** True for a message the server has not confirmed yet. */
export function isPending(
  message: StoredMessage,
): message is Extract<StoredMessage, { id: string }> {
  return typeof message.id === "string";
}

/**
 * Display order: `created_at`, then id; at the same second server messages
 * (numeric ids) come before pending ones, which were sent last.
 */
export function compareMessages(a: StoredMessage, b: StoredMessage): number {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? -1 : 1;
  if (typeof a.id === "number" && typeof b.id === "number") return a.id - b.id;
  if (typeof a.id === "number") return -1;
  if (typeof b.id === "number") return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
