import {
  type ConnectionStatus,
  parseEvent,
  reducers,
  type UniLinkClient,
  UniLinkError,
  type UniLinkEvent,
  type UniLinkState,
  type UniLinkStoreController,
} from "@unilink/core";
import type { StoreApi } from "zustand/vanilla";

/** One recorded happening: an event (data already redacted) or a status change. */
export type RecordingEntry =
  | {
      /** Milliseconds since the recording started. */
      at: number;
      kind: "event";
      /** Event name as received (dotted). */
      name: string;
      /** The event's data, redacted. */
      data: unknown;
    }
  | {
      /** Milliseconds since the recording started. */
      at: number;
      kind: "status";
      /** New status. */
      status: ConnectionStatus;
      /** Status before. */
      previous: ConnectionStatus;
    };

/** A devtools recording, as exported to JSON. Contains no token. */
export interface UniLinkRecording {
  /** Always `"unilink-recording"`. */
  format: "unilink-recording";
  /** Format version: 1. */
  version: 1;
  /** When recording started (ISO 8601). */
  startedAt: string;
  /** What happened, oldest first. */
  entries: RecordingEntry[];
}

/** Where {@link replayRecording} applies a recording. */
export type ReplayTarget = UniLinkClient | UniLinkStoreController | StoreApi<UniLinkState>;

/** What {@link replayRecording} did. */
export interface ReplayResult {
  /** Events applied. */
  applied: number;
  /** Entries not applied (unknown events; status changes on a live client). */
  skipped: number;
  /** Events whose data failed validation. */
  errors: UniLinkError[];
}

const STATUSES = new Set<string>([
  "idle",
  "connecting",
  "subscribing",
  "connected",
  "resyncing",
  "reconnecting",
  "unauthorized",
  "disconnected",
]);

function isEntry(value: unknown): value is RecordingEntry {
  if (!value || typeof value !== "object") return false;
  const entry = value as Record<string, unknown>;
  if (typeof entry.at !== "number") return false;
  if (entry.kind === "event") return typeof entry.name === "string" && "data" in entry;
  return (
    entry.kind === "status" &&
    STATUSES.has(String(entry.status)) &&
    STATUSES.has(String(entry.previous))
  );
}

/**
 * Reads a recording from JSON text (an exported file). Throws a
 * `UniLinkError` (`validation`) when it is not one.
 *
 * @example
 * const recording = parseRecording(await file.text());
 */
export function parseRecording(text: string): UniLinkRecording {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UniLinkError("validation", "recording is not JSON");
  }
  const recording = value as Partial<UniLinkRecording> | null;
  if (
    recording?.format !== "unilink-recording" ||
    recording.version !== 1 ||
    !Array.isArray(recording.entries)
  ) {
    throw new UniLinkError("validation", "not a unilink-recording version 1");
  }
  const entries = recording.entries.filter(isEntry);
  if (entries.length !== recording.entries.length) {
    throw new UniLinkError("validation", "recording has malformed entries");
  }
  return {
    format: "unilink-recording",
    version: 1,
    startedAt: String(recording.startedAt ?? ""),
    entries,
  };
}

function isController(target: ReplayTarget): target is UniLinkStoreController {
  return typeof (target as UniLinkStoreController).dispatch === "function";
}

function isClient(target: ReplayTarget): target is UniLinkClient {
  return typeof (target as UniLinkClient).connect === "function";
}

function applyDirect(store: StoreApi<UniLinkState>, events: readonly UniLinkEvent[]): void {
  const context = { now: Date.now(), typingTimeoutMs: 30_000 };
  store.setState((state) => {
    let next = state;
    for (const event of events) {
      if (event.unknown) continue;
      const reduce = reducers[event.event] as (
        s: UniLinkState,
        data: unknown,
        c: typeof context,
      ) => UniLinkState;
      next = reduce(next, event.data, context);
    }
    return next;
  }, true);
}

/**
 * Applies a recording's events (validated again, with the same reducers as
 * live events) to a store, in order:
 * - a store controller (`createUniLinkStore()`): events and status changes,
 *   typing expiry included;
 * - a client: events into `client.store` (its live status is left alone);
 * - a zustand store of `UniLinkState`: events and status changes.
 * A replay into a client or plain store does not schedule typing expiry.
 *
 * @example
 * const controller = createUniLinkStore({ accountId: 1 });
 * replayRecording(parseRecording(json), controller);
 * <UniLinkProvider client={{ ...client, store: controller.store }}>…
 */
export function replayRecording(recording: UniLinkRecording, target: ReplayTarget): ReplayResult {
  const result: ReplayResult = { applied: 0, skipped: 0, errors: [] };
  const batch: UniLinkEvent[] = [];
  const store = isController(target) || isClient(target) ? target.store : target;
  const flush = () => {
    if (batch.length === 0) return;
    if (isController(target)) target.dispatch(batch);
    else applyDirect(store, batch);
    batch.length = 0;
  };
  for (const entry of recording.entries) {
    if (entry.kind === "status") {
      if (isClient(target) && !isController(target)) {
        result.skipped++;
        continue;
      }
      flush();
      if (isController(target)) target.setStatus(entry.status);
      else store.setState({ status: entry.status });
      continue;
    }
    const parsed = parseEvent({ event: entry.name, data: entry.data });
    if (!parsed.ok) result.errors.push(parsed.error);
    else if (parsed.event.unknown) result.skipped++;
    else {
      batch.push(parsed.event);
      result.applied++;
    }
  }
  flush();
  return result;
}
