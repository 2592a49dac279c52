import { execFile } from "node:child_process";

/** Output of a finished command. */
export interface RunResult {
  stdout: string;
  stderr: string;
}

// pnpm passes its settings to scripts as npm_* variables; npm must not inherit them.
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs a command; rejects with its output when it exits non-zero. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: cleanEnv(options.env ?? {}), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`${command} ${args.join(" ")} failed:\n${stdout}\n${stderr}`));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}
