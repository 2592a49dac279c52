import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FULL_CONFIG } from "./config";
import { formatResults, formatSection } from "./report/format-results";
import { resultsFile } from "./report/results-file";
import { BENCHMARKS, type BenchmarkName, runBenchmarks } from "./results";

const USAGE = `usage: node --expose-gc dist/cli.js [--frames N] [--rounds R] [--only ingest,scaling,render,memory,liveness] [--no-write]`;

const { values } = parseArgs({
  options: {
    frames: { type: "string" },
    rounds: { type: "string" },
    only: { type: "string" },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const config = {
  ...FULL_CONFIG,
  frames: values.frames ? Number(values.frames) : FULL_CONFIG.frames,
  rounds: values.rounds ? Number(values.rounds) : FULL_CONFIG.rounds,
};
const only = (values.only?.split(",") ?? BENCHMARKS) as BenchmarkName[];
const unknown = only.filter((name) => !BENCHMARKS.includes(name));
if (unknown.length > 0 || !(config.frames > 0) || !(config.rounds > 0)) {
  console.error(USAGE);
  process.exit(2);
}

const results = await runBenchmarks(config, only, {
  log: (line) => console.log(`… ${line}`),
  done: (name, partial) => console.log(`\n${formatSection(partial, name) ?? ""}\n`),
});
console.log(`\n${formatResults(results)}\n`);

const complete = BENCHMARKS.every((name) => only.includes(name));
if (!values["no-write"] && complete) {
  const path = fileURLToPath(new URL("../RESULTS.md", import.meta.url));
  const args = process.argv.slice(2).join(" ");
  writeFileSync(path, resultsFile(results, args ? `pnpm bench -- ${args}` : "pnpm bench"));
  console.log(`wrote ${path}`);
} else if (!complete) {
  console.log("RESULTS.md not written: only a part of the benchmarks ran");
}
// Timers of destroyed clients are gone; anything left (e.g. jsdom) must not keep us alive.
process.exit(0);
