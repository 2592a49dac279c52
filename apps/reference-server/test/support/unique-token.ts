import { randomUUID } from "node:crypto";

/** A fresh pubsub token, so tests sharing one server never see each other's streams. */
export function uniqueToken(label: string): string {
  return `${label}-${randomUUID()}`;
}
