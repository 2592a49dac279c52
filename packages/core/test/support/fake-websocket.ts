import type { WebSocketConstructor } from "../../src/connection/options";

type Listener = (event: unknown) => void;

/**
 * A scripted WebSocket double. Sockets start CONNECTING; the test opens them,
 * pushes frames, closes them from the server side, and reads what the client
 * sent. A client-side close completes on the next microtask, like a browser's.
 */
export class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSING = 2;
  readonly CLOSED = 3;

  /** Every socket created since the last `reset()`, oldest first. */
  static instances: FakeWebSocket[] = [];

  static reset(): void {
    FakeWebSocket.instances = [];
  }

  /** The most recently created socket. */
  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (!socket) throw new Error("no FakeWebSocket was created");
    return socket;
  }

  /** This class typed as the constructor the connection expects. */
  static get asConstructor(): WebSocketConstructor {
    return FakeWebSocket as unknown as WebSocketConstructor;
  }

  readonly url: string;
  readonly protocols: string[];
  /** `Date.now()` when the client created this socket. */
  readonly createdAt = Date.now();
  readyState = 0;
  protocol = "";
  binaryType = "blob";
  bufferedAmount = 0;
  extensions = "";
  /** Raw text of everything the client sent, in order. */
  readonly sent: string[] = [];
  /** Set once the client called `close()`. */
  closedByClient: { code?: number; reason?: string } | undefined;
  readonly #listeners = new Map<string, Set<Listener>>();

  constructor(url: string, protocols?: string | string[]) {
    this.url = url;
    this.protocols = protocols === undefined ? [] : [protocols].flat();
    FakeWebSocket.instances.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.#listeners.get(type)?.delete(listener);
  }

  /** Number of listeners for `type`. */
  listenerCount(type: string): number {
    return this.#listeners.get(type)?.size ?? 0;
  }

  send(data: string): void {
    if (this.readyState !== FakeWebSocket.OPEN) throw new Error("InvalidStateError: not open");
    this.sent.push(String(data));
  }

  close(code?: number, reason?: string): void {
    if (this.readyState >= FakeWebSocket.CLOSING) return;
    this.closedByClient = { code, reason };
    this.readyState = FakeWebSocket.CLOSING;
    queueMicrotask(() => this.#finishClose(code ?? 1005, reason ?? ""));
  }

  // ---- the server's side ----

  /** Completes the handshake with `protocol` (what the server picked). */
  open(protocol = "actioncable-v1-json"): void {
    this.readyState = FakeWebSocket.OPEN;
    this.protocol = protocol;
    this.#dispatch("open", { type: "open" });
  }

  /** Delivers a frame: objects are JSON-encoded, strings sent as they are. */
  receive(frame: unknown): void {
    const data = typeof frame === "string" ? frame : JSON.stringify(frame);
    this.#dispatch("message", { type: "message", data });
  }

  /** Delivers a frame whose data is not a string (a binary message). */
  receiveRaw(data: unknown): void {
    this.#dispatch("message", { type: "message", data });
  }

  /** The connection drops (server close, network loss). */
  drop(code = 1006, reason = ""): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.#finishClose(code, reason);
  }

  /** Everything the client sent, parsed. */
  commands(): Record<string, unknown>[] {
    return this.sent.map((text) => JSON.parse(text) as Record<string, unknown>);
  }

  #finishClose(code: number, reason: string): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.readyState = FakeWebSocket.CLOSED;
    this.#dispatch("close", { type: "close", code, reason, wasClean: code === 1000 });
  }

  #dispatch(type: string, event: unknown): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) listener(event);
  }
}
