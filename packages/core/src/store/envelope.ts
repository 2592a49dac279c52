/** Fields the server adds to an event's `data` that do not belong to the entity. */
interface EventOnlyFields {
  performer?: unknown;
  previous_changes?: unknown;
}

/**
 * The entity an event's `data` carries, without the fields the server adds
 * to events (`performer`, `previous_changes`): a new object, the size of a
 * spread copy, which the store may keep.
 */
export function entityOf<T extends object>(data: T): Omit<T, keyof EventOnlyFields> {
  const {
    performer: _performer,
    previous_changes: _changes,
    ...entity
  } = data as T & EventOnlyFields;
  return entity;
}

/**
 * What is stored of a message event's `data`: the message without the
 * envelope fields and without its `conversation` summary (a snapshot of the
 * conversation, not versioned with the message: it moves the conversation
 * entity and is not stored, so it cannot go stale). A new object, as {@link entityOf}.
 */
export function messageOf<T extends object>(
  data: T,
): Omit<T, keyof EventOnlyFields | "conversation"> {
  const {
    performer: _performer,
    previous_changes: _changes,
    conversation: _summary,
    ...message
  } = data as T & EventOnlyFields & { conversation?: unknown };
  return message;
}
