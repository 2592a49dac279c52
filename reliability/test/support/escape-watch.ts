/** Errors that reached the process instead of `onError`. */
export interface EscapeWatch {
  /** Everything caught so far. */
  readonly escaped: unknown[];
  /** Removes the process listeners. */
  stop(): void;
}

/**
 * Listens for `uncaughtException` and `unhandledRejection` on the process, so
 * a test can assert that nothing a frame triggered escaped the library (a
 * throw inside a socket callback or a rejected promise nobody awaited).
 */
export function watchEscapes(): EscapeWatch {
  const escaped: unknown[] = [];
  const record = (error: unknown) => {
    escaped.push(error);
  };
  process.on("uncaughtException", record);
  process.on("unhandledRejection", record);
  return {
    escaped,
    stop() {
      process.off("uncaughtException", record);
      process.off("unhandledRejection", record);
    },
  };
}
