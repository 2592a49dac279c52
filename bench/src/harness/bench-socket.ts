import type { WebSocketConstructor } from "@unilink/core";

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/**
 * An in-process WebSocket double: the benchmark pushes raw frames into it
 * and they travel the client's real path (reconnecting-websocket, decode,
 * identifier routing, ingest, store), minus the network.
 */
export class BenchSocket extends EventTarget {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSING = 2;
  static readonly CLOSED = CLOSED;

  readonly url: string;
  readyState = CONNECTING;
  protocol = "";
  extensions = "";
  binaryType = "blob";
  bufferedAmount = 0;
  /** Commands the client sent. */
  readonly sent: string[] = [];

  constructor(url: string) {
    super();
    this.url = url;
  }

  /** Completes the handshake with the ActionCable subprotocol. */
  open(): void {
    this.readyState = OPEN;
    this.protocol = "actioncable-v1-json";
    this.dispatchEvent(new Event("open"));
  }

  /** Delivers one frame, as a socket's `message` event would. */
  deliver(text: string): void {
    this.dispatchEvent(new MessageEvent("message", { data: text }));
  }

  send(text: string): void {
    this.sent.push(text);
  }

  close(code = 1000, reason = ""): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    const event = Object.assign(new Event("close"), { code, reason, wasClean: true });
    this.dispatchEvent(event);
  }
}

/** A WebSocket constructor whose instances are {@link BenchSocket}s, plus the sockets it made. */
export function benchSocketClass(): { WebSocket: WebSocketConstructor; sockets: BenchSocket[] } {
  const sockets: BenchSocket[] = [];
  class Socket extends BenchSocket {
    constructor(url: string) {
      super(url);
      sockets.push(this);
    }
  }
  return { WebSocket: Socket as unknown as WebSocketConstructor, sockets };
}
