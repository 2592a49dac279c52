// `pnpm example` must explain itself: the message count it prints at the end
// matches the message.created events it printed, and each message is listed.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import test from "node:test";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../live-events.mjs", import.meta.url));

test("the printed message count matches the message.created events printed", async () => {
  const output = await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [script],
      { env: { ...process.env, UNILINK_EXAMPLE_PACE_MS: "0" }, timeout: 30_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
  const created = output.split("\n").filter((line) => line.startsWith("event  message.created"));
  const summary = /holds (\d+) message\(s\)/.exec(output);
  assert.ok(summary, `no summary line in:\n${output}`);
  assert.equal(created.length, 2);
  assert.equal(Number(summary[1]), created.length);
  assert.match(output, /from the contact "Hi, my order never arrived"/);
  assert.match(output, /from the agent {3}"Sorry to hear that, checking now"/);
});
