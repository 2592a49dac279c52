import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { PlatformData } from "../platform/records";

/** Reads saved platform data; `undefined` when the file does not exist yet. Throws on a broken file. */
export function loadPlatformData(file: string): PlatformData | undefined {
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, "utf8")) as Partial<PlatformData>;
  if (data.version !== 1 || !Array.isArray(data.accounts) || !Array.isArray(data.messages)) {
    throw new Error(`${file} is not a UniLink dev server data file (version 1)`);
  }
  return data as PlatformData;
}

/**
 * Saves platform data on an interval when it changed, and once more on
 * `flush()`. Writes a temporary file and renames it, so a crash mid-write
 * never leaves half a file.
 */
export class DataFileWriter {
  #last = "";
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly file: string,
    private readonly read: () => PlatformData,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Saves every `intervalMs` (when something changed). */
  start(intervalMs = 2000): void {
    this.#timer ??= setInterval(() => this.flush(), intervalMs);
  }

  /** Saves now if anything changed since the last save. Never throws. */
  flush(): void {
    try {
      const text = JSON.stringify(this.read());
      if (text === this.#last) return;
      const temporary = `${this.file}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, this.file);
      this.#last = text;
    } catch (error) {
      this.onError(error);
    }
  }

  /** Stops the interval and saves a last time. */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    this.flush();
  }
}
