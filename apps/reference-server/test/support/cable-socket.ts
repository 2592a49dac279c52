import { WebSocket } from "ws";

/** The subprotocols every ActionCable client offers. */
export const CABLE_PROTOCOLS = ["actioncable-v1-json", "actioncable-unsupported"];

/** One received text frame: the exact bytes and their parse. */
export interface ReceivedFrame {
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: frames are asserted field by field in tests
  json: any;
}

type FramePredicate = (frame: ReceivedFrame) => boolean;

/** The agent identifier, keys in the order the platform guide uses. */
export function agentIdentifier(token: string, accountId: number, userId: number): string {
  return JSON.stringify({
    channel: "RoomChannel",
    pubsub_token: token,
    account_id: accountId,
    user_id: userId,
  });
}

/** The contact identifier. */
export function contactIdentifier(token: string): string {
  return JSON.stringify({ channel: "RoomChannel", pubsub_token: token });
}

/** Frames that are not pings (pings arrive every 3 s and would race assertions). */
export const notPing: FramePredicate = (frame) => frame.json?.type !== "ping";

/**
 * A raw `ws` socket to /cable that records every frame, for tests that check
 * the wire itself rather than our client.
 */
export class CableSocket {
  readonly frames: ReceivedFrame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters = new Set<() => void>();

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const text = data.toString();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      this.frames.push({ text, json });
      for (const wake of this.waiters) wake();
    });
    this.closed = new Promise((resolve) => {
      ws.once("close", (code, reason) => {
        resolve({ code, reason: reason.toString() });
        for (const wake of this.waiters) wake();
      });
    });
  }

  /** Opens a socket offering the ActionCable subprotocols; resolves once open. */
  static open(url: string, protocols: string[] = CABLE_PROTOCOLS): Promise<CableSocket> {
    const socket = new CableSocket(new WebSocket(url, protocols));
    return new Promise((resolve, reject) => {
      socket.ws.once("open", () => resolve(socket));
      socket.ws.once("error", reject);
    });
  }

  /** Sends a JSON command (`identifier`/`data` must already be strings, as on the wire). */
  send(command: unknown): void {
    this.ws.send(typeof command === "string" ? command : JSON.stringify(command));
  }

  subscribe(identifier: string): void {
    this.send({ command: "subscribe", identifier });
  }

  unsubscribe(identifier: string): void {
    this.send({ command: "unsubscribe", identifier });
  }

  perform(identifier: string, action: string): void {
    this.send({ command: "message", identifier, data: JSON.stringify({ action }) });
  }

  /** Frames matching `predicate`, received so far. */
  matching(predicate: FramePredicate): ReceivedFrame[] {
    return this.frames.filter(predicate);
  }

  /** Resolves with the first matching frame (already received or future); rejects after `timeoutMs`. */
  next(predicate: FramePredicate, timeoutMs = 5000): Promise<ReceivedFrame> {
    return this.waitForCount(predicate, 1, timeoutMs).then((frames) => frames[0] as ReceivedFrame);
  }

  /** Resolves once `count` matching frames have arrived; rejects after `timeoutMs`. */
  waitForCount(
    predicate: FramePredicate,
    count: number,
    timeoutMs = 5000,
  ): Promise<ReceivedFrame[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.matching(predicate);
        if (found.length < count) return false;
        cleanup();
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`expected ${count} matching frame(s), got: ${this.describe()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
      };
      const wake = () => {
        check();
      };
      if (!check()) this.waiters.add(wake);
    });
  }

  /**
   * Waits `windowMs` for a matching frame. Resolves with it as soon as one
   * arrives, or with `null` when the window passes in silence: asserting
   * silence is the point, so this is a bounded window, not a sync sleep.
   */
  silenceFor(predicate: FramePredicate, windowMs: number): Promise<ReceivedFrame | null> {
    const already = this.matching(predicate).length;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        resolve(null);
      }, windowMs);
      const wake = () => {
        const frame = this.matching(predicate)[already];
        if (frame === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve(frame);
      };
      this.waiters.add(wake);
    });
  }

  describe(): string {
    return JSON.stringify(this.frames.map((frame) => frame.text));
  }

  /** Closes the socket (idempotent); resolves once closed. */
  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    if (this.ws.readyState !== WebSocket.CLOSING) this.ws.close();
    await this.closed;
  }
}
