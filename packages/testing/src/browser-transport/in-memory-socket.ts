import type { CableServerLogic } from "../server/cable-logic";
import { selectSubprotocol } from "../server/protocol";
import type { CableConnection } from "../server/socket";
import { closeEvent, messageEvent, plainEvent } from "./socket-events";

/** What an in-memory socket needs from the network it belongs to. */
export interface SocketNetwork {
  /** The cable logic that answers. */
  readonly server: CableServerLogic;
  /** False while the network is "offline": new sockets fail like an unreachable host. */
  readonly online: boolean;
  /** Runs `task` after the network's latency (a microtask when it is 0). */
  deliver(task: () => void): void;
  /** Called when a socket opens or ends, so the network can track (and drop) it. */
  track(socket: InMemoryWebSocket, live: boolean): void;
}

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

/** An `on*` property handler of {@link InMemoryWebSocket}, as on a browser WebSocket. */
export type Handler = ((event: Event) => void) | null;

/**
 * A browser-compatible `WebSocket` whose other end is a {@link CableServerLogic}
 * in the same page: no network, same frames and close codes as a real socket
 * (1006 for a drop, the server's code for a clean close). Built per network
 * by `InMemoryCableNetwork`; pass `network.WebSocket` as the client's
 * `WebSocket` option.
 */
export class InMemoryWebSocket extends EventTarget {
  /** Socket is opening. */
  static readonly CONNECTING = CONNECTING;
  /** Socket is open. */
  static readonly OPEN = OPEN;
  /** Close handshake started. */
  static readonly CLOSING = CLOSING;
  /** Socket is closed. */
  static readonly CLOSED = CLOSED;
  /** Socket is opening. */
  readonly CONNECTING = CONNECTING;
  /** Socket is open. */
  readonly OPEN = OPEN;
  /** Close handshake started. */
  readonly CLOSING = CLOSING;
  /** Socket is closed. */
  readonly CLOSED = CLOSED;

  /** The URL given to the constructor (not contacted). */
  readonly url: string;
  /** `0` connecting, `1` open, `2` closing, `3` closed. */
  readyState: number = CONNECTING;
  /** The subprotocol the fake server chose. */
  protocol = "";
  /** Always empty: no extensions are negotiated. */
  readonly extensions = "";
  /** Always 0: frames are handed over at once. */
  readonly bufferedAmount = 0;
  /** Kept for compatibility; frames are always text. */
  binaryType: BinaryType = "blob";
  /** `open` handler property. */
  onopen: Handler = null;
  /** `message` handler property. */
  onmessage: Handler = null;
  /** `close` handler property. */
  onclose: Handler = null;
  /** `error` handler property. */
  onerror: Handler = null;

  readonly #network: SocketNetwork;
  readonly #offered: string[];
  #connection: CableConnection | undefined;
  #stopWaiting: (() => void) | undefined;

  constructor(network: SocketNetwork, url: string, protocols?: string | string[]) {
    super();
    this.#network = network;
    this.url = url;
    this.#offered = protocols === undefined ? [] : [protocols].flat();
    network.deliver(() => this.#attempt());
  }

  /** Sends one text frame to the fake server. Throws while connecting, as browsers do. */
  send(data: string): void {
    if (this.readyState === CONNECTING) {
      throw new DOMException("Still in CONNECTING state.", "InvalidStateError");
    }
    if (this.readyState !== OPEN) return;
    const connection = this.#connection;
    const text = String(data);
    this.#network.deliver(() => connection?.receive(text));
  }

  /** Starts a clean close; a socket still connecting fails with 1006 instead. */
  close(code?: number, reason?: string): void {
    if (this.readyState === CLOSING || this.readyState === CLOSED) return;
    if (this.readyState === CONNECTING) {
      this.#finish(1006, "", false, true);
      return;
    }
    this.readyState = CLOSING;
    this.#network.deliver(() => this.#finish(code ?? 1005, reason ?? "", true, false));
  }

  /** Drops the socket as a lost network would (no close handshake: 1006). */
  drop(): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSING;
    this.#network.deliver(() => this.#finish(1006, "", false, false));
  }

  override dispatchEvent(event: Event): boolean {
    const handler = this[`on${event.type}` as "onopen"] as Handler | undefined;
    const result = super.dispatchEvent(event);
    handler?.call(this, event);
    return result;
  }

  #attempt(): void {
    if (this.readyState !== CONNECTING) return;
    if (!this.#network.online) {
      this.#finish(1006, "", false, true);
      return;
    }
    const decision = this.#network.server.acceptDecision();
    if (decision === "refuse") this.#finish(1006, "", false, true);
    else if (decision === "hold") this.#waitForServer();
    else this.#open();
  }

  // A frozen server holds new connections in CONNECTING until it thaws.
  #waitForServer(): void {
    if (this.#stopWaiting) return;
    this.#stopWaiting = this.#network.server.onChange(() => {
      if (this.#network.server.acceptDecision() === "hold") return;
      this.#stopWaiting?.();
      this.#stopWaiting = undefined;
      this.#network.deliver(() => this.#attempt());
    });
  }

  #open(): void {
    const protocol = selectSubprotocol(this.#offered);
    if (this.#offered.length > 0 && protocol === false) {
      this.#finish(1006, "", false, true);
      return;
    }
    this.protocol = protocol || "";
    this.readyState = OPEN;
    this.#network.track(this, true);
    this.dispatchEvent(plainEvent("open"));
    this.#connection = this.#network.server.accept({
      send: (text) => this.#network.deliver(() => this.#receive(text)),
      close: (code, reason) => {
        if (this.readyState === OPEN) this.readyState = CLOSING;
        this.#network.deliver(() => this.#finish(code, reason, true, false));
      },
      terminate: () => this.drop(),
    });
  }

  #receive(text: string): void {
    if (this.readyState === OPEN) this.dispatchEvent(messageEvent(text));
  }

  #finish(code: number, reason: string, wasClean: boolean, failed: boolean): void {
    if (this.readyState === CLOSED) return;
    this.readyState = CLOSED;
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
    this.#connection?.closed();
    this.#connection = undefined;
    this.#network.track(this, false);
    // Browsers fire `error` only when the connection failed to open, not for a drop.
    if (failed) this.dispatchEvent(plainEvent("error"));
    this.dispatchEvent(closeEvent(code, reason, wasClean));
  }
}
