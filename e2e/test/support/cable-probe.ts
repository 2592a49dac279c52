import { WebSocket } from "ws";

/** One `{event, data}` received on a subscription. */
export interface ReceivedEvent {
  event: string;
  data: Record<string, unknown>;
}

/** A bare ActionCable subscriber that records what a pubsub token receives. */
export interface CableProbe {
  readonly events: ReceivedEvent[];
  /** Resolves once a received event matches (or rejects after `timeoutMs`). */
  waitFor(match: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  /** Resolves with the close code once the socket closed. */
  readonly closed: Promise<number>;
  close(): void;
}

/** Connects to `cableUrl` and subscribes `RoomChannel` with `params`; resolves once confirmed. */
export function openCableProbe(
  cableUrl: string,
  params: Record<string, string | number>,
): Promise<CableProbe> {
  const ws = new WebSocket(cableUrl, ["actioncable-v1-json", "actioncable-unsupported"]);
  const identifier = JSON.stringify({ channel: "RoomChannel", ...params });
  const events: ReceivedEvent[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));

  const probe: CableProbe = {
    events,
    closed,
    waitFor(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no matching event in ${timeoutMs} ms; got ${events.map((e) => e.event)}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => ws.terminate(),
  };

  return new Promise((resolve, reject) => {
    ws.once("error", reject);
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as { type?: string; message?: ReceivedEvent };
      if (frame.type === "welcome") ws.send(JSON.stringify({ command: "subscribe", identifier }));
      else if (frame.type === "confirm_subscription") resolve(probe);
      else if (frame.message && typeof frame.message === "object") {
        events.push(frame.message);
        for (const waiter of [...waiters]) waiter();
      }
    });
  });
}
