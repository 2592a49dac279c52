import type { StoredMessage, UniLinkState } from "@unilink/core";

// Independent of core's comparator on purpose: the order a user sees, written down once more.
function inDisplayOrder(a: StoredMessage, b: StoredMessage): boolean {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at;
  const aServer = typeof a.id === "number";
  const bServer = typeof b.id === "number";
  if (aServer && bServer) return (a.id as number) < (b.id as number);
  if (aServer !== bServer) return aServer;
  return String(a.id) < String(b.id);
}

function checkMessages(state: UniLinkState, problems: string[]): void {
  for (const [conversationKey, list] of Object.entries(state.messages)) {
    const seen = new Set<string>();
    for (const key of list.ids) {
      if (seen.has(key))
        problems.push(`conversation ${conversationKey}: message ${key} listed twice`);
      seen.add(key);
      const message = list.byId[key];
      if (!message) {
        problems.push(`conversation ${conversationKey}: listed message ${key} is not stored`);
        continue;
      }
      if (String(message.id) !== key) {
        problems.push(`conversation ${conversationKey}: key ${key} holds message ${message.id}`);
      }
      if (String(message.conversation_id) !== conversationKey) {
        problems.push(
          `conversation ${conversationKey}: message ${key} belongs to ${message.conversation_id}`,
        );
      }
    }
    for (const key of Object.keys(list.byId)) {
      if (!seen.has(key))
        problems.push(`conversation ${conversationKey}: message ${key} not listed`);
    }
    for (let index = 1; index < list.ids.length; index++) {
      const previous = list.byId[list.ids[index - 1] as string];
      const current = list.byId[list.ids[index] as string];
      if (previous && current && !inDisplayOrder(previous, current)) {
        problems.push(
          `conversation ${conversationKey}: ${previous.id}@${previous.created_at} listed before ${current.id}@${current.created_at}`,
        );
      }
    }
  }
}

function checkKeyedById(
  label: string,
  record: Readonly<Record<number, { id: unknown }>>,
  problems: string[],
): void {
  for (const [key, entity] of Object.entries(record)) {
    if (String(entity.id) !== key || typeof entity.id !== "number") {
      problems.push(`${label}[${key}] has id ${JSON.stringify(entity.id)}`);
    }
  }
}

function checkNotifications(state: UniLinkState, problems: string[]): void {
  const { unreadCount, count, ids, byId } = state.notifications;
  for (const [name, value] of [
    ["unreadCount", unreadCount],
    ["count", count],
  ] as const) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push(`notifications.${name} is ${JSON.stringify(value)}, not a number`);
    }
  }
  if (new Set(ids).size !== ids.length) problems.push("notification ids listed twice");
  if (ids.length !== Object.keys(byId).length) problems.push("notification ids and byId differ");
  checkKeyedById("notifications.byId", byId, problems);
}

function checkTyping(state: UniLinkState, problems: string[]): void {
  for (const [conversationKey, typists] of Object.entries(state.typing)) {
    if (Object.keys(typists).length === 0) problems.push(`typing[${conversationKey}] is empty`);
    for (const [key, typist] of Object.entries(typists)) {
      if (typeof typist.expiresAt !== "number") problems.push(`typist ${key} has no expiry`);
    }
  }
}

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null]);

// Iterative: payloads may be nested deeper than the call stack allows.
function checkPrototypes(state: UniLinkState, problems: string[]): void {
  const stack: unknown[] = [state];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value))) {
      problems.push(`a stored object has a foreign prototype: ${Object.keys(value).slice(0, 5)}`);
      return;
    }
    for (const child of Object.values(value)) stack.push(child);
  }
}

/**
 * Everything that must hold in any state, whatever frames produced it:
 * message lists without duplicates and in display order, entities stored
 * under their own id, numeric notification counters, no empty typing maps,
 * and only plain objects (a payload cannot smuggle in a prototype).
 * Returns the violations; empty when the state is sound.
 */
export function storeViolations(state: UniLinkState): string[] {
  const problems: string[] = [];
  checkKeyedById("conversations", state.conversations, problems);
  checkKeyedById("contacts", state.contacts, problems);
  checkMessages(state, problems);
  checkNotifications(state, problems);
  checkTyping(state, problems);
  checkPrototypes(state, problems);
  return problems;
}
