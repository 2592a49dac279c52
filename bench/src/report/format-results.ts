import { INGEST_VARIANTS, type IngestResult } from "../ingest/run-ingest";
import type { BenchmarkName, BenchResults } from "../results";
import type { ScalingResult } from "../scaling/run-scaling";
import { formatMiB, formatMs, formatNumber, markdownTable } from "./table";
import { checkTargets } from "./targets";

function ingestTable(ingest: IngestResult): string {
  const rows = INGEST_VARIANTS.map((name) => {
    const v = ingest.variants[name];
    return [
      name,
      formatNumber(v.eventsPerSecond),
      formatMs(v.medianMs),
      v.roundsMs.map((ms) => formatNumber(ms)).join(", "),
      String(v.refused),
    ];
  });
  return [
    `${formatNumber(ingest.frames)} frames:`,
    "",
    markdownTable(["variant", "events/s", "median", "rounds (ms)", "refused frames"], rows),
    "",
    `unilink/limit = **${ingest.unilinkPerLimit.toFixed(3)}**, unilink/handwritten = **${ingest.unilinkPerHandwritten.toFixed(2)}**; ` +
      `ceilings: validated/limit = ${ingest.validatedPerLimit.toFixed(3)}, kept/limit = ${ingest.keptPerLimit.toFixed(3)}`,
  ].join("\n");
}

function ingestSection(results: BenchResults): string | undefined {
  const { ingest, ingestTenth, corpus } = results;
  if (!ingest || !corpus) return undefined;
  const mix = Object.entries(corpus.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([event, n]) => `${event} ${formatNumber((n / corpus.frames) * 100, 1)}%`)
    .join(", ");
  return [
    "## Ingest",
    "",
    `${formatNumber(corpus.frames)} frames over ${formatNumber(corpus.conversations)} conversations, ` +
      `${formatNumber(corpus.averageFrameChars)} chars per frame on average; ` +
      `${ingest.rounds} rounds, median; unilink and handwritten fed ${ingest.burst} frames per macrotask.`,
    "",
    `Mix: ${mix}.`,
    "",
    ...(ingestTenth ? [ingestTable(ingestTenth), ""] : []),
    ingestTable(ingest),
  ].join("\n");
}

function scalingSection(results: BenchResults): string | undefined {
  const { scaling } = results;
  if (!scaling) return undefined;
  const row = (what: string, pair: ScalingResult["thread"]) => [
    what,
    `${formatNumber(pair.small.conversations)} conv., ${formatNumber(pair.small.threadMessages)} msgs`,
    formatNumber(pair.small.microsPerEvent, 1),
    `${formatNumber(pair.large.conversations)} conv., ${formatNumber(pair.large.threadMessages)} msgs`,
    formatNumber(pair.large.microsPerEvent, 1),
    `**${pair.ratio.toFixed(2)}x**`,
  ];
  return [
    "## Scaling",
    "",
    `The store's cost of one \`message.created\` dispatched alone (one event per batch) into the filled thread; ` +
      `mean over ${scaling.eventsPerRound} events, median of ${scaling.rounds} rounds, each on a freshly filled store. Events are parsed beforehand.`,
    "",
    markdownTable(
      ["grows", "small store", "µs/event", "large store", "µs/event", "large/small"],
      [row("thread", scaling.thread), row("account", scaling.account)],
    ),
  ].join("\n");
}

function renderSection(results: BenchResults): string | undefined {
  const { render } = results;
  if (!render) return undefined;
  const rows: string[][] = [];
  for (const app of ["unilink", "context"] as const) {
    for (const delivery of ["one-task", "task-per-frame"] as const) {
      const run = render.runs[app][delivery];
      rows.push([
        app === "unilink" ? "@unilink/react hooks" : "one context value",
        delivery,
        formatNumber(run.renders / render.events, 3),
        formatNumber((run.commits * 1000) / render.events, 1),
        formatNumber(run.renders),
        formatMs(run.ms),
      ]);
    }
  }
  return [
    "## Render",
    "",
    `${formatNumber(render.rows)} conversation rows + an open thread of ${formatNumber(render.threadMessages)} messages; ` +
      `a burst of ${formatNumber(render.events)} events driven into the client as frames (jsdom, React development build).`,
    "",
    markdownTable(
      ["app", "delivery", "renders/event", "commits per 1,000 events", "renders", "burst time"],
      rows,
    ),
  ].join("\n");
}

function memorySection(results: BenchResults): string | undefined {
  const { memory } = results;
  if (!memory) return undefined;
  return [
    "## Memory",
    "",
    markdownTable(
      ["messages", "plain array", "store", "store/array", "messages in store"],
      [
        [
          formatNumber(memory.messages),
          formatMiB(memory.arrayBytes),
          formatMiB(memory.storeBytes),
          `${memory.ratio.toFixed(3)}x`,
          formatNumber(memory.storedMessages),
        ],
      ],
    ),
  ].join("\n");
}

function livenessSection(results: BenchResults): string | undefined {
  const { liveness } = results;
  if (!liveness) return undefined;
  const row = (name: string, s: { medianMs: number; maxMs: number; samplesMs: number[] }) => [
    name,
    formatMs(s.medianMs),
    formatMs(s.maxMs),
    s.samplesMs.map((ms) => formatNumber(ms)).join(", "),
  ];
  return [
    "## Liveness",
    "",
    `Real client (default liveness options: pingIntervalMs ${liveness.pingIntervalMs}, staleAfterPings 2) ` +
      `against @unilink/testing's fake server over loopback. The client left \`connected\` for: ${[...new Set(liveness.noticedAs)].join(", ")}.`,
    "",
    markdownTable(
      ["interval", "median", "worst", "samples (ms)"],
      [
        row("server.freeze() -> status leaves connected", liveness.halfOpenNoticed),
        row("server.unfreeze() -> connected (confirmed)", liveness.recoveredAfterUnfreeze),
        row(
          `restart (${liveness.restartDowntimeMs} ms down): reachable -> connected (confirmed)`,
          liveness.resubscribedAfterRestart,
        ),
      ],
    ),
  ].join("\n");
}

function targetsSection(results: BenchResults): string {
  const rows = checkTargets(results).map((c) => [
    c.name,
    c.target,
    c.measured,
    c.met ? "met" : "MISSED",
  ]);
  return ["## Targets", "", markdownTable(["target", "goal", "measured", ""], rows)].join("\n");
}

/** The table of one benchmark, once it has run (printed as soon as it finishes). */
export function formatSection(results: BenchResults, name: BenchmarkName): string | undefined {
  const sections = {
    ingest: ingestSection,
    scaling: scalingSection,
    render: renderSection,
    memory: memorySection,
    liveness: livenessSection,
  };
  return sections[name](results);
}

/** The tables of a run, as Markdown (printed to the terminal as well). */
export function formatResults(results: BenchResults): string {
  return [
    ingestSection(results),
    scalingSection(results),
    renderSection(results),
    memorySection(results),
    livenessSection(results),
    targetsSection(results),
  ]
    .filter((section): section is string => section !== undefined)
    .join("\n\n");
}
