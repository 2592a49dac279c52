import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { messageCreatedData } from "./support/platform-payloads";
import { type ReferenceServer, startReferenceServer } from "./support/reference-server";
import { uniqueToken } from "./support/unique-token";

const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
const CORE_DIST = fileURLToPath(new URL("../../../packages/core/dist/index.js", import.meta.url));
const CONFIRM_TIMEOUT_MS = 500;

// biome-ignore lint/suspicious/noExplicitAny: JSON lines printed by the example
type Line = any;

interface ExampleRun {
  lines: Line[];
  /** Resolves with the first printed line matching `predicate`. */
  line(predicate: (line: Line) => boolean): Promise<Line>;
  exitCode: Promise<number | null>;
}

describe("real Rails ActionCable server: examples/node-client.mjs on the built @unilink/core", () => {
  let server: ReferenceServer;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(CORE_DIST)) {
      throw new Error(`${CORE_DIST} is missing: run \`pnpm --filter @unilink/core build\` first`);
    }
    server = await startReferenceServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });

  function runExample(env: Record<string, string>): ExampleRun {
    const child = spawn(process.execPath, ["examples/node-client.mjs"], {
      cwd: APP_DIR,
      env: { ...process.env, TIMEOUT_MS: "15000", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const lines: Line[] = [];
    const waiters: (() => void)[] = [];
    createInterface({ input: child.stdout }).on("line", (text) => {
      lines.push(JSON.parse(text));
      for (const wake of waiters) wake();
    });
    const exitCode = new Promise<number | null>((resolve) => child.once("exit", resolve));
    return {
      lines,
      exitCode,
      line: (predicate) =>
        new Promise((resolve, reject) => {
          const check = () => {
            const found = lines.find(predicate);
            if (found !== undefined) resolve(found);
            return found !== undefined;
          };
          if (check()) return;
          waiters.push(check);
          void exitCode.then(() => {
            if (!check()) reject(new Error(`example exited without it: ${JSON.stringify(lines)}`));
          });
        }),
    };
  }

  it("prints its status transitions and the broadcast event, then exits 0", async () => {
    const token = uniqueToken("agent");
    await server.addTokens({ agents: [{ token, account_id: 1, user_id: 7 }] });
    const run = runExample({
      URL: server.urls[0] ?? "",
      TOKEN: token,
      ACCOUNT_ID: "1",
      USER_ID: "7",
      EVENTS: "1",
    });
    await run.line((line) => line.type === "status" && line.status === "connected");
    await server.broadcast(token, "message.created", messageCreatedData(1, 60, 9200));
    expect(await run.exitCode).toBe(0);
    const event = run.lines.find((line) => line.type === "event");
    expect(event).toMatchObject({ event: "message.created", data: { id: 9200 } });
    expect(run.lines.filter((line) => line.type === "status").map((line) => line.status)).toEqual(
      expect.arrayContaining(["connecting", "subscribing", "connected"]),
    );
  });

  it("reports unauthorized within the confirm timeout for a bad token and exits 2", async () => {
    const token = uniqueToken("never-issued");
    const started = performance.now();
    const run = runExample({
      URL: server.urls[0] ?? "",
      TOKEN: token,
      ACCOUNT_ID: "1",
      USER_ID: "7",
      CONFIRM_TIMEOUT_MS: String(CONFIRM_TIMEOUT_MS),
    });
    expect(await run.exitCode).toBe(2);
    // Node start-up and the socket handshake come on top of the two confirm windows.
    expect(performance.now() - started).toBeLessThan(2 * CONFIRM_TIMEOUT_MS + 3000);
    expect(run.lines).toContainEqual(
      expect.objectContaining({ type: "error", code: "unauthorized" }),
    );
    expect(JSON.stringify(run.lines)).not.toContain(token);
  });
});
