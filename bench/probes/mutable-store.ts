/**
 * A measurement probe, not library code: could any store reach issue 16's
 * 0.35 of `JSON.parse` at 200,000 frames?
 *
 * It applies the corpus's events with UniLink's rules for them (dedupe by
 * id, stale payloads ignored, merges that keep identity, messages in
 * display order, the conversation's preview, activity time and unread
 * count, contacts, users, typing, presence, notifications) to Maps changed
 * in place, with a version per touched key and one publish per batch: the
 * "mutable store with versions per key" of the issue, without immutable
 * snapshots, settling or zustand. Frames go through the socket path's
 * validation in the same bursts as the `unilink` ingest variant. It then
 * checks that every conversation ends with the same message order, unread
 * count and activity time as in UniLink's store.
 *
 * Run from `bench/` after `pnpm -r --filter "./packages/*" build` (about
 * two minutes at 200,000 frames; N frames, R rounds):
 *   N=200000 R=3 pnpm probe:mutable-store
 *
 * Measured in session 8 (RESULTS.md): 0.37-0.40 at 20,000 frames, 0.32-0.335
 * at 200,000, with no conversation differing from UniLink's store.
 */
import { opensAtMost } from "../../packages/core/src/schema/depth";
import { readEvent } from "../../packages/core/src/schema/parse-event";
import { entityOf, messageOf } from "../../packages/core/src/store/envelope";
import { deepEqual, mergeEntity } from "../../packages/core/src/store/equal";
import { compareMessages } from "../../packages/core/src/store/message-order";
import { type Corpus, generateCorpus } from "../src/corpus";
import { connectBenchClient } from "../src/harness/bench-client";
import { collectGarbage, nextMacrotask } from "../src/harness/stats";
import { runLimit, runUnilink } from "../src/ingest/variants";

// Payloads as validated: the probe reads the fields the rules need.
// biome-ignore lint/suspicious/noExplicitAny: a probe over validated payloads
type Payload = any;

interface Thread {
  byId: Map<number, Payload>;
  ids: number[];
}

function createMutableStore() {
  const conversations = new Map<number, Payload>();
  const threads = new Map<number, Thread>();
  const users = new Map<number, Payload>();
  const contacts = new Map<number, Payload>();
  const typing = new Map<number, Map<string, Payload>>();
  const notifications = new Map<number, Payload>();
  const notificationIds: number[] = [];
  let presence: Payload = { users: {}, contacts: {} };
  const versions = new Map<string, number>();
  let changed = new Set<string>();
  let version = 0;
  const listeners: (() => void)[] = [];

  const touch = (key: string) => {
    versions.set(key, version + 1);
    changed.add(key);
  };
  const threadOf = (id: number) => {
    const thread: Thread = threads.get(id) ?? { byId: new Map(), ids: [] };
    threads.set(id, thread);
    return thread;
  };
  const keep = (records: Map<number, Payload>, prefix: string, entity: Payload) => {
    if (!entity || typeof entity.id !== "number") return;
    const stored = records.get(entity.id);
    const merged = mergeEntity(stored, { ...entity });
    if (merged === stored) return;
    records.set(entity.id, merged);
    touch(`${prefix}${entity.id}`);
  };
  const place = (thread: Thread, message: Payload) => {
    const { ids, byId } = thread;
    const last = byId.get(ids[ids.length - 1] as number);
    if (!last || compareMessages(last, message) < 0) {
      ids.push(message.id);
      return;
    }
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareMessages(byId.get(ids[middle] as number), message) < 0) low = middle + 1;
      else high = middle;
    }
    ids.splice(low, 0, message.id);
  };
  const sync = (conversationId: number, effect?: { unread: boolean; summary?: Payload }) => {
    const conversation = conversations.get(conversationId);
    const thread = threads.get(conversationId);
    if (!conversation || !thread) return;
    let newest: Payload;
    let preview: Payload;
    for (let index = thread.ids.length - 1; index >= 0 && !preview; index--) {
      const message = thread.byId.get(thread.ids[index] as number);
      newest ??= message;
      if (message.private !== true && message.message_type !== 2) preview = message;
    }
    const activity = Math.max(
      conversation.last_activity_at ?? 0,
      newest?.created_at ?? 0,
      effect?.summary?.last_activity_at ?? 0,
    );
    const server = effect?.summary?.unread_count;
    const unread =
      typeof server === "number"
        ? server
        : effect?.unread
          ? Math.min(10, (conversation.unread_count ?? 0) + 1)
          : undefined;
    const current = conversation.messages;
    const messages =
      preview && !(current?.length === 1 && deepEqual(current[0], preview)) ? [preview] : undefined;
    const moved = activity !== conversation.last_activity_at;
    const counted = unread !== undefined && unread !== conversation.unread_count;
    if (!messages && !moved && !counted) return;
    const next = { ...conversation };
    if (messages) next.messages = messages;
    if (moved) next.last_activity_at = activity;
    if (counted) next.unread_count = unread;
    conversations.set(conversationId, next);
    touch(`c${conversationId}`);
  };
  const storeMessage = (incoming: Payload, source: "created" | "updated" | "snapshot") => {
    const thread = threadOf(incoming.conversation_id);
    const stored = thread.byId.get(incoming.id);
    const stale =
      stored?.updated_at != null &&
      incoming.updated_at != null &&
      incoming.updated_at < stored.updated_at;
    if (!stale) {
      const message: Payload = mergeEntity<Payload>(stored, messageOf(incoming));
      if (message !== stored) {
        thread.byId.set(incoming.id, message);
        if (!stored || compareMessages(stored, message) !== 0) {
          if (stored) thread.ids.splice(thread.ids.indexOf(incoming.id), 1);
          place(thread, message);
        }
        touch(`t${incoming.conversation_id}`);
      }
      keep(users, "u", incoming.sender);
    }
    const isNew = !stored && source === "created";
    sync(
      incoming.conversation_id,
      isNew
        ? {
            unread: incoming.message_type === 0 && incoming.private !== true,
            summary: incoming.conversation,
          }
        : undefined,
    );
  };
  const storeConversation = (incoming: Payload) => {
    const stored = conversations.get(incoming.id);
    if (stored?.updated_at != null && incoming.updated_at < stored.updated_at) return;
    for (const message of incoming.messages ?? []) {
      if (message.conversation_id === incoming.id) storeMessage(message, "snapshot");
    }
    const merged = mergeEntity(stored, entityOf(incoming));
    if (merged !== stored) {
      for (const field of [
        "last_activity_at",
        "timestamp",
        "agent_last_seen_at",
        "contact_last_seen_at",
      ]) {
        const kept = stored?.[field];
        if (kept != null && (merged[field] ?? -Infinity) < kept) merged[field] = kept;
      }
      conversations.set(incoming.id, merged);
      touch(`c${incoming.id}`);
    }
    sync(incoming.id);
    keep(contacts, "k", incoming.meta?.sender);
    keep(users, "u", incoming.meta?.assignee);
  };
  const typist = (data: Payload) => `${data.user.type}:${data.user.id}`;
  // The probe's own rows for the corpus's events; anything else is a conversation event.
  const rows: Record<string, (data: Payload) => void> = {
    "message.created": (data) => storeMessage(data, "created"),
    "message.updated": (data) => storeMessage(data, "updated"),
    "conversation.typing_on": (data) => {
      const id = data.conversation.id;
      const typists = typing.get(id) ?? new Map<string, Payload>();
      typing.set(id, typists);
      typists.set(typist(data), { user: data.user, isPrivate: data.is_private });
      touch(`y${id}`);
    },
    "conversation.typing_off": (data) => {
      if (typing.get(data.conversation.id)?.delete(typist(data))) touch(`y${data.conversation.id}`);
    },
    "presence.update": (data) => {
      const contactsNow = data.contacts ?? presence.contacts;
      if (deepEqual(presence.users, data.users ?? {}) && deepEqual(presence.contacts, contactsNow))
        return;
      presence = { users: data.users ?? {}, contacts: contactsNow };
      touch("p");
    },
    "notification.created": (data) => {
      const had = notifications.has(data.notification.id);
      keep(notifications, "n", entityOf(data.notification));
      if (!had) notificationIds.unshift(data.notification.id);
    },
  };

  return {
    conversations,
    threads,
    dispatch(events: readonly { event: string; data: unknown }[]) {
      for (const { event, data } of events) (rows[event] ?? storeConversation)(data);
      if (changed.size === 0) return;
      version++;
      changed = new Set();
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.push(listener);
    },
  };
}

/** The `unilink` variant's path with the mutable store: same validation, bursts and batching. */
async function runMutable(corpus: Corpus, burst: number) {
  const store = createMutableStore();
  let lastUpdate = 0;
  store.subscribe(() => {
    lastUpdate = performance.now();
  });
  let queue: { event: string; data: unknown }[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    store.dispatch(batch);
  };
  const start = performance.now();
  for (let from = 0; from < corpus.frames.length; from += burst) {
    const to = Math.min(corpus.frames.length, from + burst);
    for (let i = from; i < to; i++) {
      const text = corpus.frames[i] as string;
      const frame = JSON.parse(text);
      if (frame.identifier !== corpus.identifier) continue;
      const parsed = readEvent(frame.message, opensAtMost(text));
      if (!parsed.ok) continue;
      queue.push(parsed.event);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    }
    await nextMacrotask();
  }
  return { ms: lastUpdate - start, store };
}

/** Conversations whose message order, unread count or activity time differ from UniLink's store. */
async function differences(corpus: Corpus): Promise<number> {
  const { store } = await runMutable(corpus, 100);
  const bench = await connectBenchClient(corpus.identifier);
  await bench.feed(corpus.frames, 100);
  const state = bench.client.store.getState();
  bench.destroy();
  let differ = Math.abs(Object.keys(state.conversations).length - store.conversations.size);
  for (const [id, conversation] of store.conversations) {
    const theirs = state.conversations[id];
    const ids = (store.threads.get(id)?.ids ?? []).map(String);
    const same =
      theirs?.unread_count === conversation.unread_count &&
      theirs?.last_activity_at === conversation.last_activity_at &&
      JSON.stringify([...(state.messages[id]?.ids ?? [])]) === JSON.stringify(ids);
    if (!same) differ++;
  }
  return differ;
}

const frames = Number(process.env.N ?? 200_000);
const corpus = generateCorpus({ frames, conversations: 2_000 });
const warmup = { ...corpus, frames: corpus.frames.slice(0, 5_000) };
await runMutable(warmup, 100);
await runUnilink(warmup, 100);
console.log("conversations that differ from UniLink's store:", await differences(corpus));
for (let round = 0; round < Number(process.env.R ?? 3); round++) {
  collectGarbage();
  const limit = runLimit(corpus.frames).ms;
  collectGarbage();
  const mutable = (await runMutable(corpus, 100)).ms;
  collectGarbage();
  const unilink = (await runUnilink(corpus, 100)).ms;
  console.log(
    `${frames} frames: of JSON.parse, mutable ${(limit / mutable).toFixed(3)}, unilink ${(limit / unilink).toFixed(3)}`,
  );
}
