import type { TabSharingState } from "@unilink/core";
import { type ChangeEvent, type ComponentType, useId, useMemo, useState } from "react";
import { useTabSharing } from "../../hooks/use-tab-sharing";
import { useUniLinkClient } from "../../hooks/use-unilink-client";
import { useUniLinkStore } from "../../hooks/use-unilink-store";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import {
  parseRecording,
  type RecordingEntry,
  replayRecording,
  type UniLinkRecording,
} from "./recording";
import { redactForDevtools } from "./redact";
import { useEventLog } from "./use-event-log";

/** Every visible string of {@link UniLinkDevtools}. */
export interface UniLinkDevtoolsLabels {
  /** The toggle button. */
  toggle: string;
  /** Panel title. */
  title: string;
  /** Accessible name of the filter box. */
  filter: string;
  /** Placeholder of the filter box. */
  filterPlaceholder: string;
  /** Pause button. */
  pause: string;
  /** Resume button. */
  resume: string;
  /** Clear button. */
  clear: string;
  /** Export button. */
  export: string;
  /** Import control. */
  import: string;
  /** Replay button. */
  replay: string;
  /** Heading of the store section. */
  store: string;
  /** Heading of the log. */
  log: string;
  /** Shown when the log is empty. */
  empty: string;
  /** Which tab holds the connection (see `shareAcrossTabs`). */
  tabs: (sharing: TabSharingState) => string;
  /** A status change entry. */
  statusChange: (previous: string, status: string) => string;
  /** Result of a replay. */
  replayed: (applied: number, skipped: number, failed: number) => string;
  /** An import that failed. */
  importFailed: (reason: string) => string;
}

/** English defaults of {@link UniLinkDevtoolsLabels}. */
export const defaultUniLinkDevtoolsLabels: UniLinkDevtoolsLabels = {
  toggle: "UniLink devtools",
  title: "UniLink devtools",
  filter: "Filter events by name",
  filterPlaceholder: "Filter by name…",
  pause: "Pause",
  resume: "Resume",
  clear: "Clear",
  export: "Export",
  import: "Import",
  replay: "Replay into store",
  store: "Store",
  log: "Events and status changes",
  empty: "Nothing recorded yet.",
  tabs: ({ role, followers }) => {
    const follow = `${followers} ${followers === 1 ? "tab follows" : "tabs follow"}`;
    if (role === "leader") return `This tab holds the shared connection; ${follow}.`;
    if (role === "follower") return `Another tab holds the shared connection; ${follow}.`;
    return "This tab has a connection of its own.";
  },
  statusChange: (previous, status) => `status: ${previous} → ${status}`,
  replayed: (applied, skipped, failed) =>
    `Replayed ${applied} events (${skipped} skipped, ${failed} invalid).`,
  importFailed: (reason) => `Import failed: ${reason}`,
};

/** Props of {@link UniLinkDevtools}. */
export interface UniLinkDevtoolsProps {
  /** Start with the panel open. Default false. */
  defaultOpen?: boolean;
  /** Most entries kept. Default 500. */
  limit?: number;
  /** Receives exported recordings instead of downloading a file. */
  onExport?: (recording: UniLinkRecording) => void;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<UniLinkDevtoolsLabels>;
  /** Replace inner parts. */
  components?: Partial<UniLinkDevtoolsComponents>;
}

function download(recording: UniLinkRecording): void {
  if (typeof URL.createObjectURL !== "function") return;
  const blob = new Blob([JSON.stringify(recording, null, 2)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `unilink-recording-${recording.startedAt.replace(/[:.]/g, "-")}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Props of one log entry (the default renderer, or `components.Entry`). */
export interface DevtoolsEntryProps {
  /** The event or status change (event data already redacted). */
  entry: RecordingEntry;
  /** Strings. */
  labels: UniLinkDevtoolsLabels;
}

/** Inner parts of {@link UniLinkDevtools} an app may replace. */
export interface UniLinkDevtoolsComponents {
  /** One log entry. */
  Entry: ComponentType<DevtoolsEntryProps>;
}

function DefaultEntry({ entry, labels }: DevtoolsEntryProps) {
  return (
    <>
      <span className="unilink-devtools__time">+{(entry.at / 1000).toFixed(2)}s</span>{" "}
      {entry.kind === "event" ? (
        <details>
          <summary>{entry.name}</summary>
          <pre className="unilink-devtools__json">{JSON.stringify(entry.data, null, 2)}</pre>
        </details>
      ) : (
        <span>{entryTitle(entry, labels)}</span>
      )}
    </>
  );
}

function entryTitle(entry: RecordingEntry, labels: UniLinkDevtoolsLabels): string {
  return entry.kind === "event" ? entry.name : labels.statusChange(entry.previous, entry.status);
}

function StoreView({ label }: { label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="unilink-devtools__store"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{label}</summary>
      {open && <StoreJson />}
    </details>
  );
}

// Mounted only while the section is open: serializing the store on every change costs.
function StoreJson() {
  const state = useUniLinkStore((s) => s);
  const json = useMemo(() => JSON.stringify(redactForDevtools(state), null, 2), [state]);
  return <pre className="unilink-devtools__json">{json}</pre>;
}

/**
 * A floating developer panel for the provider's client: every event and
 * status change as it happens (filter by name, pause, clear), the current
 * store as collapsible JSON, and export/import of a recording (JSON) that
 * `replayRecording` can apply to a store. Tokens and identifiers are
 * redacted before anything is shown or exported. Meant for development
 * builds: render it conditionally.
 *
 * @example
 * {import.meta.env.DEV && <UniLinkDevtools />}
 */
export function UniLinkDevtools({
  defaultOpen = false,
  limit = 500,
  onExport,
  className,
  labels,
  components,
}: UniLinkDevtoolsProps) {
  const l = useLabels(defaultUniLinkDevtoolsLabels, labels);
  const Entry = components?.Entry ?? DefaultEntry;
  const client = useUniLinkClient();
  const log = useEventLog(limit);
  const sharing = useTabSharing();
  const [open, setOpen] = useState(defaultOpen);
  const [filter, setFilter] = useState("");
  const [imported, setImported] = useState<UniLinkRecording | undefined>(undefined);
  const [message, setMessage] = useState("");
  const panelId = useId();

  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? log.entries.filter((entry) => entryTitle(entry, l).toLowerCase().includes(needle))
    : log.entries;

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const recording = parseRecording(await file.text());
      log.setPaused(true);
      log.load(recording);
      setImported(recording);
      setMessage("");
    } catch (error) {
      setMessage(l.importFailed(error instanceof Error ? error.message : String(error)));
    }
  };

  const onReplay = () => {
    if (!imported) return;
    const result = replayRecording(imported, client);
    setMessage(l.replayed(result.applied, result.skipped, result.errors.length));
  };

  return (
    <div className={cx("unilink-root", "unilink-devtools", className)}>
      <button
        type="button"
        className="unilink-button unilink-devtools__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {l.toggle}
      </button>
      <section id={panelId} className="unilink-devtools__panel" aria-label={l.title} hidden={!open}>
        <div className="unilink-devtools__toolbar">
          <input
            type="search"
            className="unilink-devtools__filter"
            aria-label={l.filter}
            placeholder={l.filterPlaceholder}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <button
            type="button"
            className="unilink-button"
            aria-pressed={log.paused}
            onClick={() => log.setPaused(!log.paused)}
          >
            {log.paused ? l.resume : l.pause}
          </button>
          <button type="button" className="unilink-button" onClick={log.clear}>
            {l.clear}
          </button>
          <button
            type="button"
            className="unilink-button"
            onClick={() => (onExport ?? download)(log.toRecording())}
          >
            {l.export}
          </button>
          <label className="unilink-button unilink-devtools__import">
            {l.import}
            <input
              type="file"
              accept="application/json,.json"
              className="unilink-sr-only"
              onChange={onImport}
            />
          </label>
          {imported && (
            <button type="button" className="unilink-button" onClick={onReplay}>
              {l.replay}
            </button>
          )}
        </div>
        <p className="unilink-devtools__tabs" data-role={sharing.role}>
          {l.tabs(sharing)}
        </p>
        <p className="unilink-devtools__message" role="status">
          {message}
        </p>
        <h2 className="unilink-devtools__heading">{l.log}</h2>
        {shown.length === 0 ? (
          <p className="unilink-empty">{l.empty}</p>
        ) : (
          <ol className="unilink-devtools__log">
            {shown.map((entry, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: log entries are append-only and have no id
                key={`${entry.at}-${index}`}
                className={`unilink-devtools__entry unilink-devtools__entry--${entry.kind}`}
              >
                <Entry entry={entry} labels={l} />
              </li>
            ))}
          </ol>
        )}
        <StoreView label={l.store} />
      </section>
    </div>
  );
}
