import type { WebSocketConstructor } from "./options";

/** What {@link socketClass} reports about each socket it is asked to create. */
export interface SocketHooks {
  /** A socket now exists (it is CONNECTING). */
  created(socket: WebSocket): void;
  /** The WebSocket constructor threw (e.g. a malformed URL). */
  failed(error: unknown): void;
}

const ignore = () => {};

// Stands in for a socket that could not be constructed, so reconnecting-websocket
// (which does not catch constructor errors) keeps a consistent state.
function deadSocket(): unknown {
  return {
    readyState: 3,
    protocol: "",
    extensions: "",
    bufferedAmount: 0,
    binaryType: "blob",
    url: "",
    addEventListener: ignore,
    removeEventListener: ignore,
    send: ignore,
    close: ignore,
  };
}

/**
 * Wraps a WebSocket constructor for reconnecting-websocket: reports every
 * socket created, turns constructor errors into `failed`, and gives each
 * socket a permanent no-op `error` listener, because Node's `ws` throws on an
 * `error` event that has no listener and reconnecting-websocket removes its
 * own listeners before closing a socket that is still connecting.
 */
export function socketClass(Base: WebSocketConstructor, hooks: SocketHooks): WebSocketConstructor {
  class Socket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;

    constructor(url: string, protocols?: string | string[]) {
      let socket: WebSocket;
      try {
        // The app's constructor gives a WebSocketLike (the browser's or `ws`'s socket);
        // reconnecting-websocket types it as the DOM WebSocket it also is at runtime.
        socket = new Base(url, protocols) as WebSocket;
      } catch (error) {
        hooks.failed(error);
        // biome-ignore lint/correctness/noConstructorReturn: a factory posing as a class for reconnecting-websocket
        return deadSocket() as Socket;
      }
      socket.addEventListener("error", ignore);
      hooks.created(socket);
      // biome-ignore lint/correctness/noConstructorReturn: a factory posing as a class for reconnecting-websocket
      return socket as unknown as Socket;
    }
  }
  return Socket as unknown as WebSocketConstructor;
}
