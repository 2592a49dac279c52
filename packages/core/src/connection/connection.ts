import { registerSecret, UniLinkError } from "../errors";
import { encodePerform, encodeSubscribe, encodeUnsubscribe } from "../protocol/commands";
import { decodeFrame } from "../protocol/decode";
import { frameExcerpt } from "../protocol/excerpt";
import type { Frame } from "../protocol/frames";
import { buildIdentifier } from "../protocol/identifier";
import { CABLE_PROTOCOL } from "../protocol/subprotocols";
import { backoffDelay } from "./backoff";
import { toCableUrl } from "./cable-url";
import { ConfirmWatch } from "./confirm-watch";
import { describeError } from "./describe-error";
import { Heartbeat } from "./heartbeat";
import { ListenerSet } from "./listener-set";
import { Liveness } from "./liveness";
import {
  type ConnectionOptions,
  type MessageListener,
  type ResolvedConnectionOptions,
  resolveConnectionOptions,
} from "./options";
import type { RealtimeConnection } from "./realtime";
import type { ConnectionStatus } from "./status";
import { fetchToken } from "./token";
import { Transport, type TransportClose } from "./transport";
import { listenForWake } from "./wake-events";

// Frames for identifiers we unsubscribed from may still be in flight; they are not foreign.
const MAX_FORMER_IDENTIFIERS = 8;

/**
 * The resilient ActionCable connection of one UniLink subscription.
 *
 * It opens the socket, subscribes on every `welcome`, and keeps the
 * subscription alive: reconnects with jittered, capped backoff after any
 * loss, notices half-open sockets (no frame for `pingIntervalMs *
 * staleAfterPings`), abandons sockets stuck in CONNECTING, reconnects at once
 * when the page wakes up, and sends the presence heartbeat. A subscription
 * that is neither confirmed nor rejected within two confirm windows (what a
 * UniLink server does with a bad token) ends in `unauthorized` instead of a
 * retry storm. Nothing here throws into the app: problems go to `onError`.
 */
export class Connection implements RealtimeConnection {
  readonly #options: ResolvedConnectionOptions;
  readonly #url: string;
  readonly #statusListeners = new ListenerSet<[ConnectionStatus, ConnectionStatus]>();
  readonly #messageListeners = new ListenerSet<[unknown, boolean]>();
  readonly #confirm: ConfirmWatch;
  readonly #liveness: Liveness;
  readonly #heartbeat: Heartbeat;
  #status: ConnectionStatus = "idle";
  #token: string | undefined;
  #identifier: string | undefined;
  readonly #formerIdentifiers = new Set<string>();
  // Bumped by every token change, so a late provider answer cannot override a newer token.
  #tokenVersion = 0;
  // One provider call per unauthorized episode; re-armed by a confirm.
  #refreshUsed = false;
  // A session runs from connect() until a resting status; bumped to orphan async work.
  #session = 0;
  #active = false;
  #transport: Transport | undefined;
  // The current socket received `welcome`, so subscribe commands reach the server.
  #welcomed = false;
  #failures = 0;
  #stopWake: (() => void) | undefined;
  #destroyed = false;

  constructor(options: ConnectionOptions) {
    this.#options = resolveConnectionOptions(options);
    this.#url = toCableUrl(String(this.#options.url));
    const { pingIntervalMs, staleAfterPings, confirmTimeoutMs, presenceIntervalMs } = this.#options;
    this.#confirm = new ConfirmWatch(
      confirmTimeoutMs,
      () => this.#retrySubscribe(),
      () =>
        this.#unauthorized(
          `No confirm_subscription after two waits of ${confirmTimeoutMs} ms: the pubsub token is probably invalid or rotated`,
        ),
    );
    this.#liveness = new Liveness(pingIntervalMs * staleAfterPings, () => this.#onStale(false));
    this.#heartbeat = new Heartbeat(presenceIntervalMs, pingIntervalMs, () => this.#sendPresence());
    const token = this.#options.pubsubToken;
    if (typeof token === "string" && token !== "") this.#adoptToken(token);
    if (this.#options.onMessage) this.#messageListeners.add(this.#options.onMessage);
  }

  /** Where the connection is in its life; see {@link ConnectionStatus}. */
  get status(): ConnectionStatus {
    return this.#status;
  }

  /** Calls `listener` on every status change; returns an unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus, previous: ConnectionStatus) => void): () => void {
    return this.#statusListeners.add(listener);
  }

  /**
   * Calls `listener` with the `message` of every data frame addressed to this
   * connection's subscription (UniLink: `{event, data}`, unvalidated), and
   * whether the frame's text proved it shallow (`DataFrame.shallow`).
   * Returns an unsubscribe function.
   */
  onMessage(listener: MessageListener): () => void {
    return this.#messageListeners.add(listener);
  }

  /** Opens the socket and subscribes. Does nothing while already running or after `destroy()`. */
  connect(): void {
    if (this.#destroyed || this.#active) return;
    this.#start();
  }

  /** Closes the socket and stops every timer; status `disconnected`. `connect()` may reopen. */
  disconnect(): void {
    if (!this.#destroyed) this.#rest("disconnected");
  }

  /** Closes the socket and removes every timer and listener, including window/document ones. Final. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#rest("disconnected");
    this.#destroyed = true;
    this.#statusListeners.clear();
    this.#messageListeners.clear();
  }

  /**
   * Switches to a new pubsub token. On a live socket: one `unsubscribe` for
   * the old identifier and one `subscribe` for the new (status
   * `subscribing`). From `unauthorized`: reconnects and subscribes. Otherwise
   * the token is kept for the next `connect()`.
   */
  setToken(token: string): void {
    if (this.#destroyed) return;
    if (typeof token !== "string" || token === "") {
      this.#report(new UniLinkError("unauthorized", "setToken() needs a non-empty string"));
      return;
    }
    this.#tokenVersion++;
    const previous = this.#identifier;
    this.#adoptToken(token);
    if (!this.#active) {
      if (this.#status === "unauthorized") this.#start();
      return;
    }
    if (!this.#transport) {
      this.#openTransport();
      return;
    }
    // Before `welcome` the server has no subscription yet; `welcome` will subscribe the new one.
    if (!this.#welcomed || previous === this.#identifier) return;
    if (previous) this.#send(encodeUnsubscribe(previous));
    this.#heartbeat.stop();
    this.#subscribe();
  }

  /** Sends `update_presence` now, if subscribed. The heartbeat does this on its own. */
  updatePresence(): void {
    if (!this.#isSubscribed()) return;
    // Through the heartbeat, so the next periodic beat counts from this one.
    if (this.#heartbeat.running) this.#heartbeat.beatNow();
    else this.#sendPresence();
  }

  /**
   * Calls the channel method `action` with `data`. Dropped (not queued)
   * while not subscribed; data that cannot be serialised is reported as a
   * `protocol` error.
   */
  perform(action: string, data?: Record<string, unknown>): void {
    const identifier = this.#identifier;
    if (!identifier || !this.#isSubscribed()) return;
    let command: string;
    try {
      command = encodePerform(identifier, action, data);
    } catch (error) {
      this.#report(
        new UniLinkError("protocol", `Cannot encode "${action}": ${describeError(error)}`),
      );
      return;
    }
    this.#send(command);
  }

  #start(): void {
    const session = ++this.#session;
    this.#active = true;
    this.#failures = 0;
    this.#stopWake = listenForWake(() => this.#onWake());
    this.#setStatus("connecting");
    // A status listener may have stopped or restarted the connection.
    if (session !== this.#session) return;
    if (this.#identifier) {
      this.#openTransport();
      return;
    }
    const provider = this.#options.pubsubToken;
    if (typeof provider !== "function") {
      this.#rest("unauthorized", new UniLinkError("unauthorized", "No pubsub token was given"));
      return;
    }
    const version = this.#tokenVersion;
    void fetchToken(provider).then((result) => {
      if (session !== this.#session || version !== this.#tokenVersion) return;
      if (!result.ok) {
        this.#rest("unauthorized", new UniLinkError("unauthorized", result.reason));
        return;
      }
      this.#adoptToken(result.token);
      this.#openTransport();
    });
  }

  #openTransport(): void {
    const WebSocket = this.#options.WebSocket;
    if (!WebSocket) {
      this.#rest(
        "disconnected",
        new UniLinkError("transport", "No WebSocket implementation: pass options.WebSocket"),
      );
      return;
    }
    this.#transport = new Transport(
      {
        url: this.#url,
        WebSocket,
        connectTimeoutMs: this.#options.connectTimeoutMs,
        nextDelay: () =>
          this.#failures === 0 ? 0 : backoffDelay(this.#failures - 1, this.#options.backoff),
      },
      {
        created: () => {
          if (this.#status === "reconnecting") this.#setStatus("connecting");
        },
        createFailed: (error) =>
          this.#rest(
            "disconnected",
            new UniLinkError("transport", `Cannot create a WebSocket: ${describeError(error)}`),
          ),
        open: (protocol) => this.#onOpen(protocol),
        message: (data) => this.#onData(data),
        closed: (close) => this.#onClose(close),
      },
    );
  }

  /** Ends the session (socket, timers, wake listeners) and settles in a resting status. */
  #rest(status: "disconnected" | "unauthorized", error?: UniLinkError): void {
    this.#session++;
    this.#active = false;
    this.#transport?.close();
    this.#transport = undefined;
    this.#welcomed = false;
    this.#stopSocketTimers();
    this.#stopWake?.();
    this.#stopWake = undefined;
    this.#setStatus(status);
    if (error) this.#report(error);
  }

  #unauthorized(message: string): void {
    this.#rest("unauthorized", new UniLinkError("unauthorized", message));
    this.#refreshToken();
  }

  /** On `unauthorized`, asks a token provider once for a newer token. */
  #refreshToken(): void {
    const provider = this.#options.pubsubToken;
    if (typeof provider !== "function" || this.#refreshUsed || this.#destroyed) return;
    if (this.#status !== "unauthorized") return;
    this.#refreshUsed = true;
    const version = this.#tokenVersion;
    void fetchToken(provider).then((result) => {
      if (this.#destroyed || this.#status !== "unauthorized" || version !== this.#tokenVersion) {
        return;
      }
      if (!result.ok) this.#report(new UniLinkError("unauthorized", result.reason));
      else if (result.token !== this.#token) this.setToken(result.token);
    });
  }

  #onOpen(protocol: string): void {
    if (protocol && protocol !== CABLE_PROTOCOL) {
      this.#rest(
        "disconnected",
        new UniLinkError(
          "subprotocol",
          `The server chose subprotocol "${protocol}" instead of "${CABLE_PROTOCOL}"`,
        ),
      );
      return;
    }
    this.#welcomed = false;
    this.#liveness.start();
  }

  #onClose(close: TransportClose): void {
    this.#welcomed = false;
    this.#stopSocketTimers();
    this.#failures++;
    if (!close.requested) {
      const reason = close.reason ? `: ${close.reason}` : "";
      this.#report(
        new UniLinkError("transport", `Socket closed (code ${close.code}${reason}); reconnecting`),
      );
    }
    this.#setStatus("reconnecting");
  }

  /**
   * A half-open socket. Found by the timer, it reconnects after the paced
   * first delay: a server that hung went silent for every client at the same
   * ping, so a fleet would otherwise knock in the same millisecond. Found on
   * a wake-up (this page slept), it reconnects at once.
   */
  #onStale(woke = false): void {
    const window = this.#options.pingIntervalMs * this.#options.staleAfterPings;
    this.#report(
      new UniLinkError("transport", `No frame received for over ${window} ms; reconnecting`),
    );
    if (woke) this.#transport?.reconnectNow();
    else this.#transport?.restart();
  }

  #onWake(): void {
    if (!this.#active) return;
    if (this.#status === "reconnecting") {
      this.#transport?.reconnectNow();
    } else if (this.#liveness.isStale()) {
      this.#liveness.stop();
      this.#onStale(true);
    } else if (this.#isSubscribed()) {
      this.#heartbeat.beatNow();
    }
  }

  #onData(data: unknown): void {
    this.#liveness.touch();
    const decoded = decodeFrame(data);
    if (!decoded.ok) {
      this.#report(decoded.error);
      return;
    }
    this.#onFrame(decoded.frame, data);
  }

  #onFrame(frame: Frame, raw: unknown): void {
    switch (frame.type) {
      case "welcome":
        // Every welcome is a new server-side connection without subscriptions.
        this.#welcomed = true;
        this.#heartbeat.stop();
        this.#subscribe();
        return;
      case "ping":
        if (this.#isSubscribed()) this.#heartbeat.onPing();
        return;
      case "confirm":
        if (!this.#isOurs(frame.identifier, raw)) return;
        if (this.#status !== "subscribing") return;
        this.#confirm.stop();
        this.#failures = 0;
        this.#refreshUsed = false;
        this.#heartbeat.start();
        this.#setStatus("connected");
        return;
      case "reject":
        if (this.#isOurs(frame.identifier, raw)) {
          this.#unauthorized("The server rejected the subscription");
        }
        return;
      case "disconnect":
        this.#onDisconnectFrame(frame.reason, frame.reconnect);
        return;
      case "data":
        if (this.#isOurs(frame.identifier, raw)) {
          this.#messageListeners.emit([frame.message, frame.shallow], (error) =>
            this.#listenerThrew(error),
          );
        }
        return;
    }
  }

  #onDisconnectFrame(reason: string, reconnect: boolean): void {
    if (reconnect) {
      this.#transport?.restart();
    } else if (reason === "unauthorized") {
      this.#unauthorized("The server refused the connection (unauthorized)");
    } else {
      this.#rest(
        "disconnected",
        new UniLinkError(
          "transport",
          `The server closed the connection (${reason || "no reason"})`,
        ),
      );
    }
  }

  /** True for our identifier; reports frames for identifiers this client never subscribed. */
  #isOurs(identifier: string, raw: unknown): boolean {
    if (identifier === this.#identifier) return true;
    if (!this.#formerIdentifiers.has(identifier)) {
      this.#report(
        new UniLinkError("identifier", "Frame for a subscription this client never made", {
          frame: frameExcerpt(raw),
        }),
      );
    }
    return false;
  }

  #subscribe(): void {
    const identifier = this.#identifier;
    if (!identifier) return;
    this.#send(encodeSubscribe(identifier));
    this.#confirm.start();
    this.#setStatus("subscribing");
  }

  // Rails ignores a second subscribe for an identifier it holds, so a real retry unsubscribes first.
  #retrySubscribe(): void {
    const identifier = this.#identifier;
    if (!identifier) return;
    this.#send(encodeUnsubscribe(identifier));
    this.#send(encodeSubscribe(identifier));
  }

  #sendPresence(): void {
    if (this.#identifier) this.#send(encodePerform(this.#identifier, "update_presence"));
  }

  #send(command: string): void {
    this.#transport?.send(command);
  }

  #isSubscribed(): boolean {
    return this.#status === "connected";
  }

  #adoptToken(token: string): void {
    registerSecret(token);
    const previous = this.#identifier;
    this.#token = token;
    this.#identifier = buildIdentifier({
      pubsubToken: token,
      accountId: this.#options.accountId,
      userId: this.#options.userId,
    });
    this.#formerIdentifiers.delete(this.#identifier);
    if (previous && previous !== this.#identifier) {
      this.#formerIdentifiers.add(previous);
      const oldest = this.#formerIdentifiers.values().next().value;
      if (this.#formerIdentifiers.size > MAX_FORMER_IDENTIFIERS && oldest !== undefined) {
        this.#formerIdentifiers.delete(oldest);
      }
    }
  }

  #stopSocketTimers(): void {
    this.#confirm.stop();
    this.#heartbeat.stop();
    this.#liveness.stop();
  }

  #setStatus(next: ConnectionStatus): void {
    const previous = this.#status;
    if (previous === next) return;
    this.#status = next;
    this.#statusListeners.emit([next, previous], (error) => this.#listenerThrew(error));
  }

  #listenerThrew(error: unknown): void {
    this.#report(new UniLinkError("listener", `A listener threw: ${describeError(error)}`));
  }

  #report(error: UniLinkError): void {
    try {
      this.#options.onError?.(error);
    } catch {
      // An onError that throws must not take the connection down with it.
    }
  }
}
