import { type WebSocket, WebSocketServer } from "ws";

/** Settings of {@link startCableServer}. */
export interface CableServerOptions {
  /** Which identifiers get `confirm_subscription`; the rest get silence, like UniLink with a bad token. */
  accepts?: (identifier: string) => boolean;
  /** Ping period. Default 3000, like Rails. */
  pingIntervalMs?: number;
}

/** A minimal ActionCable server on 127.0.0.1 for integration tests. */
export interface CableServer {
  /** `ws://127.0.0.1:<port>/cable`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connectionCount: number;
  /** Every command received, parsed, across all connections, in order. */
  readonly commands: Record<string, unknown>[];
  /** Sends a data frame to every live subscription of `identifier`. */
  broadcast(identifier: string, message: unknown): void;
  /** Stops every current connection from sending anything, keeping TCP open (half-open). */
  freeze(): void;
  /** Terminates every connection and stops listening. */
  close(): Promise<void>;
}

interface Client {
  socket: WebSocket;
  subscriptions: Set<string>;
  frozen: boolean;
  ping: ReturnType<typeof setInterval>;
}

/** Starts a server that speaks the ActionCable JSON protocol: welcome, ping, confirm or silence. */
export async function startCableServer(options: CableServerOptions = {}): Promise<CableServer> {
  const accepts = options.accepts ?? (() => true);
  const clients = new Set<Client>();
  const commands: Record<string, unknown>[] = [];
  let connectionCount = 0;
  const server = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    path: "/cable",
    handleProtocols: (protocols) =>
      protocols.has("actioncable-v1-json") ? "actioncable-v1-json" : false,
  });

  const send = (client: Client, frame: unknown) => {
    if (!client.frozen && client.socket.readyState === 1) client.socket.send(JSON.stringify(frame));
  };

  server.on("connection", (socket) => {
    connectionCount++;
    const client: Client = {
      socket,
      subscriptions: new Set(),
      frozen: false,
      ping: setInterval(
        () => send(client, { type: "ping", message: Math.floor(Date.now() / 1000) }),
        options.pingIntervalMs ?? 3000,
      ),
    };
    clients.add(client);
    socket.on("close", () => {
      clearInterval(client.ping);
      clients.delete(client);
    });
    socket.on("message", (data) => {
      const command = JSON.parse(String(data)) as Record<string, unknown>;
      commands.push(command);
      const identifier = String(command.identifier);
      if (command.command === "subscribe" && accepts(identifier)) {
        client.subscriptions.add(identifier);
        send(client, { identifier, type: "confirm_subscription" });
      } else if (command.command === "unsubscribe") {
        client.subscriptions.delete(identifier);
      }
    });
    send(client, { type: "welcome" });
  });

  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("server has no port");

  return {
    url: `ws://127.0.0.1:${address.port}/cable`,
    get connectionCount() {
      return connectionCount;
    },
    commands,
    broadcast(identifier, message) {
      for (const client of clients) {
        if (client.subscriptions.has(identifier)) send(client, { identifier, message });
      }
    },
    freeze() {
      for (const client of clients) client.frozen = true;
    },
    close() {
      for (const client of clients) {
        clearInterval(client.ping);
        client.socket.terminate();
      }
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
