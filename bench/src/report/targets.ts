import type { BenchResults } from "../results";

/** One target of the benchmark brief and how this run did against it. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

/** The brief's targets, checked against a run (results are reported, never asserted). */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { ingest, ingestTenth, scaling, render, memory, liveness } = results;
  if (ingest) {
    checks.push({
      name: `ingest unilink/limit (${ingest.frames} frames)`,
      target: ">= 0.35",
      measured: ingest.unilinkPerLimit.toFixed(3),
      met: ingest.unilinkPerLimit >= 0.35,
    });
    checks.push({
      name: `ingest unilink/handwritten (${ingest.frames} frames)`,
      target: ">= 2",
      measured: ingest.unilinkPerHandwritten.toFixed(2),
      met: ingest.unilinkPerHandwritten >= 2,
    });
  }
  if (ingest && ingestTenth) {
    const drift = ingest.unilinkPerLimit / ingestTenth.unilinkPerLimit;
    checks.push({
      name: `ingest unilink/limit at ${ingest.frames} vs ${ingestTenth.frames} frames`,
      target: ">= 0.8",
      measured: drift.toFixed(2),
      met: drift >= 0.8,
    });
  }
  if (scaling) {
    for (const [what, pair] of [
      ["thread", scaling.thread],
      ["account", scaling.account],
    ] as const) {
      const small = what === "thread" ? pair.small.threadMessages : pair.small.conversations;
      const large = what === "thread" ? pair.large.threadMessages : pair.large.conversations;
      checks.push({
        name: `one event, ${what} of ${large} vs ${small}`,
        target: "<= 1.2x",
        measured: `${pair.ratio.toFixed(2)}x`,
        met: pair.ratio <= 1.2,
      });
    }
  }
  if (render) {
    const run = render.runs.unilink["one-task"];
    const perEvent = run.renders / render.events;
    const perThousand = (run.commits * 1000) / render.events;
    checks.push({
      name: "renders per event (@unilink/react, one-task burst)",
      target: "<= 2",
      measured: perEvent.toFixed(3),
      met: perEvent <= 2,
    });
    checks.push({
      name: "commits per 1,000-event burst (@unilink/react, one-task burst)",
      target: "<= 3",
      measured: perThousand.toFixed(1),
      met: perThousand <= 3,
    });
    const browser = render.runs.unilink["task-per-frame"];
    const browserPerThousand = (browser.commits * 1000) / render.events;
    checks.push({
      name: "commits per 1,000-event burst (@unilink/react, task per frame)",
      target: "<= 3",
      measured: browserPerThousand.toFixed(1),
      met: browserPerThousand <= 3,
    });
  }
  if (memory) {
    checks.push({
      name: "retained heap store/array",
      target: "<= 1.25x",
      measured: `${memory.ratio.toFixed(3)}x`,
      met: memory.ratio <= 1.25,
    });
  }
  if (liveness) {
    const noticed = liveness.halfOpenNoticed.maxMs;
    const resubscribed = liveness.resubscribedAfterRestart.maxMs;
    checks.push({
      name: "half-open noticed (worst trial)",
      target: "<= 7 s",
      measured: `${(noticed / 1000).toFixed(2)} s`,
      met: noticed <= 7_000,
    });
    checks.push({
      name: "resubscribed after restart (worst trial)",
      target: "<= 1.5 s",
      measured: `${(resubscribed / 1000).toFixed(2)} s`,
      met: resubscribed <= 1_500,
    });
  }
  return checks;
}
