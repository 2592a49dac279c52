import type { UniLinkClient } from "@unilink/core";

/** Reports every resync (after a reconnect, a wake-up, or `client.resync()`) to your metrics. */
export function trackResyncs(
  client: UniLinkClient,
  record: (name: string, value: number, tags: Record<string, string>) => void,
): () => void {
  const stopResync = client.on("resync", (result) => {
    record("unilink.resync.duration_ms", result.durationMs, {
      outcome: result.ok ? "ok" : (result.error?.code ?? "failed"),
    });
  });
  const stopStatus = client.onStatus((status, previous) => {
    if (status === "reconnecting" && previous !== "reconnecting") {
      record("unilink.connection.lost", 1, { previous });
    }
  });
  return () => {
    stopResync();
    stopStatus();
  };
}
