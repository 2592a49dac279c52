import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { FakePlatform, type FakePlatformOptions } from "../platform/fake-platform";
import { FakeRestApi } from "../rest/fake-rest-api";
import { serveRest } from "../rest/node-glue";
import { CableServerLogic } from "./cable-logic";
import type { CableLogicOptions } from "./options";
import { selectSubprotocol } from "./protocol";

/** Handles a plain HTTP request (REST routes beside `/cable`). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of {@link createFakeUniLinkServer}. */
export interface FakeUniLinkServerOptions extends CableLogicOptions {
  /** Default "127.0.0.1". */
  host?: string;
  /** Default 0 (a random free port). */
  port?: number;
  /** WebSocket path. Default "/cable". */
  path?: string;
  /** Plain HTTP requests (anything but the cable path and, with `platform`, the REST paths). Default: 404. */
  handleHttp?: HttpHandler;
  /**
   * Model the platform: `server.platform` holds accounts, conversations and
   * messages, and the platform's REST endpoints answer on this port
   * (`server.rest`). `true` or the platform's options.
   */
  platform?: boolean | Omit<FakePlatformOptions, "cable">;
}

/** A fake server created with `platform`: its model and REST endpoints are always there. */
export type FakePlatformServer = FakeUniLinkServer & {
  readonly platform: FakePlatform;
  readonly rest: FakeRestApi;
};

interface HeldUpgrade {
  req: IncomingMessage;
  socket: Duplex;
  head: Buffer;
}

function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.isBuffer(data) ? data.toString("utf8") : Buffer.from(data).toString("utf8");
}

// Rails answers a non-websocket request on /cable (and any unknown path) this way.
function notFound(res: ServerResponse): void {
  res.writeHead(404, { "Content-Type": "text/plain" }).end("Page not found");
}

function rejectUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * The fake UniLink server on `ws` + `node:http`: the {@link CableServerLogic}
 * control API plus its address, an HTTP hook and shutdown.
 */
export class FakeUniLinkServer extends CableServerLogic {
  /** `ws://host:port/cable` */
  readonly url: string;
  /** `http://host:port` (REST routes, same port). */
  readonly httpUrl: string;
  /** The port actually bound. */
  readonly port: number;
  /** The platform model, when created with the `platform` option. */
  readonly platform: FakePlatform | undefined;
  /** The platform's REST endpoints on this port, when created with `platform`. */
  readonly rest: FakeRestApi | undefined;

  readonly #http: Server;
  readonly #wss: WebSocketServer;
  readonly #held = new Set<HeldUpgrade>();
  readonly #path: string;
  #httpHandler: HttpHandler | undefined;

  /** Use {@link createFakeUniLinkServer}; this constructor expects a listening HTTP server. */
  constructor(http: Server, options: FakeUniLinkServerOptions) {
    super(options);
    this.#http = http;
    this.#path = options.path ?? "/cable";
    this.#httpHandler = options.handleHttp;
    const platformOptions = options.platform === true ? {} : options.platform || undefined;
    this.platform = platformOptions
      ? new FakePlatform({ now: options.now, ...platformOptions, cable: this })
      : undefined;
    this.rest = this.platform ? new FakeRestApi(this.platform) : undefined;
    const { port } = http.address() as AddressInfo;
    const host = options.host ?? "127.0.0.1";
    this.port = port;
    this.httpUrl = `http://${host}:${port}`;
    this.url = `ws://${host}:${port}${this.#path}`;
    this.#wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false, // Rails' websocket-driver negotiates no extensions
      handleProtocols: (offered) => selectSubprotocol(offered),
    });
    http.on("request", (req, res) => this.#onRequest(req, res));
    http.on("upgrade", (req, socket, head) => {
      socket.on("error", () => socket.destroy());
      this.#onUpgrade({ req, socket, head });
    });
    this.onChange(() => this.#releaseHeld());
  }

  /** Connection attempts held in CONNECTING while frozen. */
  get pendingConnectionCount(): number {
    return this.#held.size;
  }

  /** Replaces the plain-HTTP handler (e.g. to add REST routes after start). */
  setHttpHandler(handler: HttpHandler | undefined): void {
    this.#httpHandler = handler;
  }

  /** Terminates every socket, stops the ping timer and closes the HTTP server. */
  override async close(): Promise<void> {
    await super.close();
    for (const held of this.#held) held.socket.destroy();
    this.#held.clear();
    this.#wss.close();
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (this.rest?.serves(path)) void serveRest(this.rest, req, res);
    else if (this.#isCablePath(req) || !this.#httpHandler) notFound(res);
    else this.#httpHandler(req, res);
  }

  #isCablePath(req: IncomingMessage): boolean {
    return new URL(req.url ?? "/", "http://localhost").pathname === this.#path;
  }

  #onUpgrade(upgrade: HeldUpgrade): void {
    const { req, socket } = upgrade;
    if (!this.#isCablePath(req)) {
      rejectUpgrade(socket, "404 Not Found");
      return;
    }
    const decision = this.acceptDecision();
    if (decision === "refuse") rejectUpgrade(socket, "503 Service Unavailable");
    else if (decision === "hold") this.#hold(upgrade);
    else this.#wss.handleUpgrade(req, socket, upgrade.head, (ws) => this.#attach(ws));
  }

  #hold(upgrade: HeldUpgrade): void {
    this.#held.add(upgrade);
    upgrade.socket.once("close", () => {
      if (this.#held.delete(upgrade)) this.notifyChange();
    });
    this.notifyChange();
  }

  #releaseHeld(): void {
    if (this.#held.size === 0 || this.acceptDecision() === "hold") return;
    const held = [...this.#held];
    this.#held.clear();
    for (const upgrade of held) {
      if (!upgrade.socket.destroyed) this.#onUpgrade(upgrade);
    }
  }

  #attach(ws: WebSocket): void {
    const connection = this.accept({
      send: (text) => ws.send(text),
      close: (code, reason) => ws.close(code, reason),
      terminate: () => ws.terminate(),
    });
    ws.on("message", (data, isBinary) => {
      // Rails cannot JSON-decode a binary frame: it logs and answers nothing.
      if (!isBinary) connection.receive(textOf(data));
    });
    ws.on("close", () => connection.closed());
    ws.on("error", () => connection.closed());
  }
}

/**
 * Starts a fake UniLink server (ActionCable over `ws`, on 127.0.0.1 and a
 * random port by default). Close it with `await server.close()`.
 *
 * @example
 * const server = await createFakeUniLinkServer();
 * server.addAgent({ token: "tok", accountId: 1, userId: 7 });
 * // connect a client to server.url, then:
 * server.broadcast("tok", "message.created", buildMessage());
 *
 * @example
 * const server = await createFakeUniLinkServer({ platform: true }); // + REST and the platform model
 * const agent = server.platform.createAgent();
 */
export async function createFakeUniLinkServer(
  options: FakeUniLinkServerOptions & { platform: true | Omit<FakePlatformOptions, "cable"> },
): Promise<FakePlatformServer>;
export async function createFakeUniLinkServer(
  options?: FakeUniLinkServerOptions,
): Promise<FakeUniLinkServer>;
export async function createFakeUniLinkServer(
  options: FakeUniLinkServerOptions = {},
): Promise<FakeUniLinkServer> {
  const http = createServer();
  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      http.off("error", reject);
      resolve();
    });
  });
  return new FakeUniLinkServer(http, options);
}
