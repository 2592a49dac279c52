/** Fields the server adds to an event's `data` that do not belong to the entity. */
export const EVENT_ONLY_FIELDS = ["performer", "previous_changes"] as const;

/** The entity inside an event's `data`, without event-only fields (`performer`, `previous_changes`). */
export function toEntity<T extends object>(data: T): T {
  if (!EVENT_ONLY_FIELDS.some((field) => field in data)) return data;
  const entity = { ...data } as Record<string, unknown>;
  for (const field of EVENT_ONLY_FIELDS) delete entity[field];
  return entity as T;
}
