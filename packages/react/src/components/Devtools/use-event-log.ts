import { useEffect, useRef, useState } from "react";
import { useUniLinkClient } from "../../hooks/use-unilink-client";
import { useUniLinkEvent } from "../../hooks/use-unilink-event";
import type { RecordingEntry, UniLinkRecording } from "./recording";
import { redactForDevtools } from "./redact";

/** The devtools' log and its controls. */
export interface EventLog {
  /** Entries, oldest first (at most `limit`). */
  entries: readonly RecordingEntry[];
  /** True while new happenings are ignored. */
  paused: boolean;
  /** Pauses or resumes recording. */
  setPaused(paused: boolean): void;
  /** Empties the log and restarts its clock. */
  clear(): void;
  /** Replaces the log with an imported recording. */
  load(recording: UniLinkRecording): void;
  /** The log as an exportable recording. */
  toRecording(): UniLinkRecording;
}

/**
 * Records every event (`"*"`, unknown ones included) and every status change
 * of the provider's client, redacted as they arrive, keeping the last `limit`.
 */
export function useEventLog(limit: number): EventLog {
  const client = useUniLinkClient();
  const [entries, setEntries] = useState<readonly RecordingEntry[]>([]);
  const [paused, setPaused] = useState(false);
  const startedAt = useRef(Date.now());
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  const add = (entry: RecordingEntry) => {
    if (pausedRef.current) return;
    setEntries((previous) => {
      const next = [...previous, entry];
      return next.length > limit ? next.slice(next.length - limit) : next;
    });
  };

  useUniLinkEvent("*", (event) => {
    add({
      at: Date.now() - startedAt.current,
      kind: "event",
      name: event.event,
      data: redactForDevtools(event.data),
    });
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: `add` reads refs only
  useEffect(
    () =>
      client.onStatus((status, previous) => {
        add({ at: Date.now() - startedAt.current, kind: "status", status, previous });
      }),
    [client],
  );

  return {
    entries,
    paused,
    setPaused,
    clear() {
      startedAt.current = Date.now();
      setEntries([]);
    },
    load(recording) {
      startedAt.current = Date.parse(recording.startedAt) || Date.now();
      setEntries(recording.entries.slice(-limit));
    },
    toRecording() {
      return {
        format: "unilink-recording",
        version: 1,
        startedAt: new Date(startedAt.current).toISOString(),
        // Already redacted on the way in; redacted again in case secrets were registered since.
        entries: entries.map((entry) =>
          entry.kind === "event" ? { ...entry, data: redactForDevtools(entry.data) } : entry,
        ),
      };
    },
  };
}
