import { inspect } from "node:util";
import { vi } from "vitest";

/** Shortest piece of a secret that counts as a leak: a cut token is still a leak. */
const MIN_FRAGMENT = 8;

function longestPiece(text: string, secret: string): string | undefined {
  for (let length = secret.length; length >= MIN_FRAGMENT; length--) {
    for (let start = 0; start + length <= secret.length; start++) {
      const piece = secret.slice(start, start + length);
      if (text.includes(piece)) return piece;
    }
  }
  return undefined;
}

/**
 * For each secret found in `text`, in whole or as a piece of at least 8
 * characters (a token cut by a length limit is still a leak), the longest
 * piece found, as `"piece" of secret`. Empty when `text` is clean.
 */
export function secretFragments(text: string, secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => {
    const piece = longestPiece(text, secret);
    return piece === undefined ? [] : [`"${piece}" of ${secret}`];
  });
}

/** An error as an app could log or ship it: message, stack, code and details. */
export function serializeError(error: unknown): string {
  if (!(error instanceof Error)) return inspect(error, { depth: 10 });
  const { message, stack, name } = error;
  return JSON.stringify({ ...error, name, message, stack });
}

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;

/** Captures everything written through `console.*` until `restore()`. */
export function captureConsole(): { output(): string; restore(): void } {
  const lines: string[] = [];
  const spies = CONSOLE_METHODS.map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(`${method}: ${args.map((arg) => inspect(arg, { depth: 10 })).join(" ")}`);
    }),
  );
  return {
    output: () => lines.join("\n"),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}
