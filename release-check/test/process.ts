import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { stripVTControlCharacters } from "node:util";

/** How long a process may take to print its ready line before the start fails with its output. */
const READY_TIMEOUT_MS = 60_000;

/** Processes started by {@link startProcess}, for the suite's `afterAll` to stop. */
export class Processes {
  private readonly children: ChildProcess[] = [];

  /**
   * Starts `command` and resolves with the first capture of `ready` in its
   * output; rejects if the process exits first or prints no ready line in time.
   * Colour codes are stripped first: with `CI` set, tools such as Vite colour
   * parts of their URLs (the port in bold), which splits a plain pattern.
   */
  start(
    command: string,
    args: readonly string[],
    options: { cwd: string; env?: Record<string, string> },
    ready: RegExp,
  ): Promise<string> {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.children.push(child);
    return new Promise<string>((resolveMatch, reject) => {
      let output = "";
      const timer = setTimeout(
        () =>
          reject(new Error(`${command} printed no ${ready} in ${READY_TIMEOUT_MS} ms:\n${output}`)),
        READY_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        // Stripped as a whole: a chunk may end inside an escape sequence.
        output += chunk.toString();
        const match = ready.exec(stripVTControlCharacters(output));
        if (match?.[1]) {
          clearTimeout(timer);
          resolveMatch(match[1]);
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${command} exited (${code}):\n${output}`));
      });
    });
  }

  /** Stops every process still running; resolves once they have exited (and written their last files). */
  async stopAll(): Promise<void> {
    const running = this.children.filter(
      (child) => child.exitCode === null && child.signalCode === null,
    );
    const exited = running.map((child) => new Promise((done) => child.once("exit", done)));
    for (const child of running) child.kill();
    await Promise.all(exited);
  }
}

/** A TCP port free right now on 127.0.0.1, for servers that cannot listen on port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolvePort(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}
