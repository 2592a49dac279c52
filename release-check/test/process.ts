import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/** Processes started by {@link startProcess}, for the suite's `afterAll` to stop. */
export class Processes {
  private readonly children: ChildProcess[] = [];

  /**
   * Starts `command` and resolves with the first capture of `ready` in its
   * output; rejects if the process exits first.
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
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = ready.exec(output);
        if (match?.[1]) resolveMatch(match[1]);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.once("exit", (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
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
