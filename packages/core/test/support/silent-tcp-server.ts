import { createServer, type Socket } from "node:net";

/** A TCP server on 127.0.0.1 that accepts connections and never answers (a hung handshake). */
export interface SilentTcpServer {
  /** `ws://127.0.0.1:<port>/cable`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connectionCount: number;
  close(): Promise<void>;
}

/** Starts a {@link SilentTcpServer}. */
export async function startSilentTcpServer(): Promise<SilentTcpServer> {
  const sockets = new Set<Socket>();
  let connectionCount = 0;
  const server = createServer((socket) => {
    connectionCount++;
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("server has no port");
  return {
    url: `ws://127.0.0.1:${address.port}/cable`,
    get connectionCount() {
      return connectionCount;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
