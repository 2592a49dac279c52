import { type ChildProcess, spawn } from "node:child_process";
import { DEV_SERVER_BIN } from "./paths";

/** A dev server started as its own process, as `pnpm dev` starts it. */
export interface DevServerProcess {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM by PID; resolves with the exit code once it exited. */
  stop(): Promise<number | null>;
}

const READY = /Ready on (http:\/\/\S+)/;

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Runs `unilink-dev-server` with `args` (e.g. `--port 0 --no-traffic`) until it prints "Ready on". */
export async function startDevServerProcess(args: readonly string[]): Promise<DevServerProcess> {
  const child = spawn(process.execPath, [DEV_SERVER_BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`dev server exited (${code}):\n${output}`)));
    child.once("error", reject);
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGTERM");
      return exited(child);
    },
  };
}

/** Runs the bin to completion (for flags that print and exit); resolves with code and output. */
export async function runDevServerCommand(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [DEV_SERVER_BIN, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await exited(child);
  return { code, stdout, stderr };
}
