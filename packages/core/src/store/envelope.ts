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
