/** Fields the server adds to an event's `data` that do not belong to the entity: never stored. */
export const EVENT_ONLY_FIELDS: readonly string[] = ["performer", "previous_changes"];
