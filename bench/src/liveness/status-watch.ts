import type { ConnectionStatus, UniLinkClient } from "@unilink/core";

/**
 * Resolves with `performance.now()` at the first status change that
 * satisfies `accept` (or at once if the status already does), rejects after
 * `timeoutMs`. Event-driven: no polling.
 */
export function whenStatus(
  client: UniLinkClient,
  accept: (status: ConnectionStatus) => boolean,
  timeoutMs: number,
): Promise<{ at: number; status: ConnectionStatus }> {
  if (accept(client.status))
    return Promise.resolve({ at: performance.now(), status: client.status });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`status still "${client.status}" after ${timeoutMs} ms`));
    }, timeoutMs);
    const stop = client.onStatus((status) => {
      if (!accept(status)) return;
      clearTimeout(timer);
      stop();
      resolve({ at: performance.now(), status });
    });
  });
}
