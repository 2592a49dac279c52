import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/** A window during which new socket connections are refused. */
export interface SocketOutage {
  /** Refuses new socket connections for `ms` from now (0 ends an outage). */
  begin(ms: number): void;
  /** True while connections are refused. */
  readonly active: boolean;
}

/**
 * Lets the dev server stay "down" for sockets after dropping them, so
 * clients go through real reconnect attempts (answered 503, as during a
 * deploy) while REST keeps working. Call after the fake server attached
 * its upgrade listener.
 */
export function socketOutage(http: Server, now: () => number = Date.now): SocketOutage {
  let until = 0;
  const handlers = http.listeners("upgrade") as UpgradeListener[];
  http.removeAllListeners("upgrade");
  http.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (now() < until) {
      socket.on("error", () => socket.destroy());
      socket.end(
        "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
      );
      socket.destroy();
      return;
    }
    for (const handler of handlers) handler.call(http, req, socket, head);
  });
  return {
    begin(ms) {
      until = now() + Math.max(0, ms);
    },
    get active() {
      return now() < until;
    },
  };
}
