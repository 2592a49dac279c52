import {
  CONNECTION_STATUSES,
  type ConnectionStatus,
  type RecordedEvent,
  replayEvents,
  type UniLinkClient,
  UniLinkError,
  type UniLinkStoreController,
} from "@unilink/core";

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

/** Where {@link replayRecording} applies a recording: a client or a store controller. */
export type ReplayTarget = UniLinkClient | UniLinkStoreController;

/** What {@link replayRecording} did. */
export interface ReplayResult {
  /** Events applied. */
  applied: number;
  /** Entries not applied (unknown events, events of another account; status changes on a client). */
  skipped: number;
  /** Events whose data failed validation. */
  errors: UniLinkError[];
}

const STATUSES: ReadonlySet<string> = new Set(CONNECTION_STATUSES);

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

/**
 * Applies a recording's events, in order, through core's real path
 * (`replayEvents` / `client.replay`: validated again, events of other
 * accounts dropped, the target's typing timeout):
 * - a store controller (`createUniLinkStore()`): events and status changes,
 *   typing expiry included;
 * - a client: events into `client.store` (its live status is left alone).
 *
 * @example
 * const controller = createUniLinkStore({ accountId: 1 });
 * replayRecording(parseRecording(json), controller);
 * <UniLinkProvider client={{ ...client, store: controller.store }}>…
 */
export function replayRecording(recording: UniLinkRecording, target: ReplayTarget): ReplayResult {
  const result: ReplayResult = { applied: 0, skipped: 0, errors: [] };
  const batch: RecordedEvent[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const outcome = isController(target) ? replayEvents(target, batch) : target.replay(batch);
    result.applied += outcome.applied;
    result.skipped += outcome.skipped;
    result.errors.push(...outcome.errors);
    batch.length = 0;
  };
  for (const entry of recording.entries) {
    if (entry.kind === "event") {
      batch.push({ event: entry.name, data: entry.data });
      continue;
    }
    if (!isController(target)) {
      result.skipped++;
      continue;
    }
    flush();
    target.setStatus(entry.status);
  }
  flush();
  return result;
}
