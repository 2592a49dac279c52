import { type ChildProcess, spawn } from "node:child_process";

const LOG_LIMIT = 64 * 1024;

/** A child process whose output is kept (the tail) for failure messages. */
export interface ManagedProcess {
  readonly child: ChildProcess;
  /** The last 64 KiB of stdout+stderr. */
  output(): string;
  /** Resolves once the process has exited (immediately if it already has). */
  exited(): Promise<void>;
  /** True until the process exits. */
  running(): boolean;
  /** SIGTERM, then SIGKILL if it is still alive after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL, like a crash: its sockets drop without a close frame. */
  kill(): Promise<void>;
}

/** Spawns `command` with output captured; spawn errors (e.g. ENOENT) surface through `exited`. */
export function spawnManaged(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): ManagedProcess {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-LOG_LIMIT);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  let done = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      done = true;
      resolve();
    });
    child.once("error", (error) => {
      append(Buffer.from(`\nspawn ${command} failed: ${error.message}\n`));
      done = true;
      resolve();
    });
  });

  const signalAndWait = async (signal: NodeJS.Signals, graceMs: number): Promise<boolean> => {
    if (done) return true;
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), graceMs);
    });
    const exitedInTime = await Promise.race([exit.then(() => true), timedOut]);
    clearTimeout(timer);
    return exitedInTime;
  };

  return {
    child,
    output: () => log,
    exited: () => exit,
    running: () => !done,
    async stop(graceMs = 3000) {
      if (!(await signalAndWait("SIGTERM", graceMs))) await signalAndWait("SIGKILL", graceMs);
    },
    async kill() {
      await signalAndWait("SIGKILL", 5000);
    },
  };
}
