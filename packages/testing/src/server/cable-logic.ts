import { ChangeSignal } from "./change-signal";
import { type AgentInit, type ContactInit, TokenDirectory } from "./directory";
import {
  confirmFrame,
  dataFrame,
  disconnectFrame,
  pingFrame,
  rejectFrame,
  welcomeFrame,
} from "./frames";
import { parseIncoming, parseJsonObject, type ReceivedCommand } from "./incoming";
import type {
  BadTokenMode,
  CableLogicOptions,
  DisconnectOptions,
  PresenceTarget,
  RestartOptions,
  SubscriptionInfo,
} from "./options";
import { PresenceTracker } from "./presence";
import {
  accountStream,
  ROOM_ACTIONS,
  ROOM_CHANNEL,
  type RoomSubject,
  subscribeRoom,
} from "./room-channel";
import type { AcceptDecision, CableConnection, CableSocket } from "./socket";

interface Subscription {
  identifier: string;
  streams: string[];
  subject: RoomSubject | undefined;
}

interface Peer {
  id: number;
  socket: CableSocket;
  // False once we started closing it or the transport reported it gone.
  open: boolean;
  subscriptions: Map<string, Subscription>;
  // While frozen: what the server owes the socket, and what it received unread (see `freeze`).
  outgoing: string[];
  incoming: string[];
}

/**
 * The fake UniLink `/cable` endpoint without any transport: ActionCable
 * framing, RoomChannel authorization, streams, presence and the control API.
 * Runs anywhere (Node or a browser): hand it sockets via {@link accept}.
 */
export class CableServerLogic {
  /** Every command handled, in order (one received while frozen is handled at `unfreeze()`). */
  readonly commands: ReceivedCommand[] = [];
  /** Subscribe commands received, valid or not. */
  subscribeCount = 0;
  /** Frames received while frozen (read at `unfreeze()` if their socket is still open). */
  heldFrameCount = 0;

  readonly #peers = new Map<number, Peer>();
  readonly #directory = new TokenDirectory();
  readonly #presence: PresenceTracker;
  readonly #changes = new ChangeSignal();
  readonly #commandListeners = new Set<(command: ReceivedCommand) => void>();
  readonly #now: () => number;
  readonly #badTokenMode: BadTokenMode;
  readonly #presenceOnSubscribe: boolean;
  #pingTimer: ReturnType<typeof setInterval> | undefined;
  #connectionCount = 0;
  #frozen = false;
  #refusing = false;

  constructor(options: CableLogicOptions = {}) {
    this.#now = options.now ?? (() => Date.now());
    this.#badTokenMode = options.badTokenMode ?? "silent";
    this.#presenceOnSubscribe = options.presenceOnSubscribe ?? true;
    this.#presence = new PresenceTracker(
      this.#directory,
      this.#now,
      options.agentPresenceWindowMs,
      options.contactPresenceWindowMs,
    );
    // One timer for the whole server, as in Rails: the first ping comes 0..interval after welcome.
    this.#pingTimer = setInterval(() => this.#pingAll(), options.pingIntervalMs ?? 3000);
  }

  /** Connections accepted so far. */
  get connectionCount(): number {
    return this.#connectionCount;
  }

  /** Sockets currently open. */
  get openSocketCount(): number {
    return [...this.#peers.values()].filter((p) => p.open).length;
  }

  /** Confirmed subscriptions on open sockets. */
  get subscriptionCount(): number {
    return this.subscriptions.filter((s) => s.confirmed).length;
  }

  /** Every registered subscription on open sockets, including silently refused ones. */
  get subscriptions(): SubscriptionInfo[] {
    return [...this.#peers.values()]
      .filter((p) => p.open)
      .flatMap((p) =>
        [...p.subscriptions.values()].map((s) => ({
          socketId: p.id,
          identifier: s.identifier,
          streams: [...s.streams],
          confirmed: s.subject !== undefined,
        })),
      );
  }

  /** True between `freeze()` and `unfreeze()`. */
  get frozen(): boolean {
    return this.#frozen;
  }

  /** Whether a transport should accept, refuse (restart downtime) or hold (frozen) a new connection. */
  acceptDecision(): AcceptDecision {
    if (this.#refusing) return "refuse";
    return this.#frozen ? "hold" : "accept";
  }

  /** Takes a freshly opened socket: sends `welcome` and returns the handle to feed it input. */
  accept(socket: CableSocket): CableConnection {
    const peer: Peer = {
      id: ++this.#connectionCount,
      socket,
      open: true,
      subscriptions: new Map(),
      outgoing: [],
      incoming: [],
    };
    this.#peers.set(peer.id, peer);
    this.#send(peer, welcomeFrame());
    this.#changes.emit();
    return {
      id: peer.id,
      receive: (text) => this.#receive(peer, text),
      closed: () => {
        if (!this.#peers.delete(peer.id)) return;
        peer.open = false;
        this.#changes.emit();
      },
    };
  }

  /** Registers an agent token (same token + user again adds an account). */
  addAgent(init: AgentInit): void {
    this.#directory.addAgent(init);
  }

  /** Registers a contact session token. */
  addContact(init: ContactInit): void {
    this.#directory.addContact(init);
  }

  /** Makes a token unknown; open subscriptions made with it keep streaming, as on the platform. */
  revokeToken(token: string): void {
    this.#directory.revoke(token);
  }

  /** Replaces a token (password change, re-identification); old subscriptions keep the old stream. */
  rotateToken(oldToken: string, newToken: string): void {
    this.#directory.rotate(oldToken, newToken);
  }

  /** Marks an agent or contact present now, as if their own client had pinged. */
  markOnline(target: PresenceTarget): void {
    if ("userId" in target) this.#presence.touch(target.accountId, "agent", target.userId);
    else this.#presence.touch(target.accountId, "contact", target.contactId);
  }

  /**
   * Broadcasts `{event, data}` to a stream (a pubsub token or `account_<id>`).
   * Every subscription streaming it gets a data frame with its own identifier.
   * Returns the number of sockets reached (while frozen: that will get it at `unfreeze()`).
   */
  broadcast(stream: string, event: string, data: unknown): number {
    const message = { event, data: data === undefined ? null : data };
    let reached = 0;
    for (const peer of this.#peers.values()) {
      let hit = false;
      for (const sub of peer.subscriptions.values()) {
        if (!sub.streams.includes(stream)) continue;
        hit = this.#send(peer, dataFrame(sub.identifier, message)) || hit;
      }
      if (hit) reached++;
    }
    return reached;
  }

  /** Broadcasts to `account_<accountId>`: every agent subscribed to that account. */
  broadcastToAccount(accountId: number, event: string, data: unknown): number {
    return this.broadcast(accountStream(accountId), event, data);
  }

  /** Sends raw text to every open socket (malformed-frame tests); held while frozen. */
  sendRaw(text: string): void {
    for (const peer of this.#peers.values()) this.#send(peer, text);
  }

  /** Sends a disconnect frame to every socket, then closes it with 1000. Nothing while frozen. */
  disconnectAll(options: DisconnectOptions = {}): void {
    if (this.#frozen) return;
    const frame = disconnectFrame(options.reason ?? "remote", options.reconnect ?? true);
    for (const peer of this.#peers.values()) {
      if (!peer.open) continue;
      this.#send(peer, frame);
      peer.open = false;
      peer.socket.close(1000, "");
    }
    this.#changes.emit();
  }

  /** Terminates every socket: no disconnect frame, no close frame (clients see 1006). */
  dropAll(): void {
    for (const peer of this.#peers.values()) {
      peer.open = false;
      peer.socket.terminate();
    }
    this.#changes.emit();
  }

  /**
   * A stalled server (paused process, broken network path) while TCP stays
   * up: sends nothing, pings included, reads nothing, and holds new
   * connections in CONNECTING. As with TCP, what was sent meanwhile is late,
   * not lost: frames owed to a socket still open at {@link unfreeze} are
   * sent then, and its input is read then. A client that gave up on its
   * socket meanwhile gets none of it (it must resync); the pings are not owed.
   */
  freeze(): void {
    this.#frozen = true;
    this.#changes.emit();
  }

  /** Ends {@link freeze}: held frames go out and held input is read, per open socket, in order; pings resume. */
  unfreeze(): void {
    this.#frozen = false;
    for (const peer of [...this.#peers.values()]) {
      const { outgoing, incoming } = peer;
      peer.outgoing = [];
      peer.incoming = [];
      for (const text of outgoing) this.#send(peer, text);
      for (const text of incoming) this.#receive(peer, text);
    }
    this.#changes.emit();
  }

  /**
   * Like `ActionCable.server.restart`: `disconnect/server_restart/reconnect:true`
   * to everyone, then optionally refuses new connections for `downtimeMs`.
   * Resolves when the downtime is over.
   */
  async restart(options: RestartOptions = {}): Promise<void> {
    this.disconnectAll({ reason: "server_restart", reconnect: true });
    const downtimeMs = options.downtimeMs ?? 0;
    if (downtimeMs <= 0) return;
    this.#refusing = true;
    this.#changes.emit();
    await new Promise((resolve) => setTimeout(resolve, downtimeMs));
    this.#refusing = false;
    this.#changes.emit();
  }

  /** Calls `listener` for every command received; returns an unsubscribe function. */
  onCommand(listener: (command: ReceivedCommand) => void): () => void {
    this.#commandListeners.add(listener);
    return () => this.#commandListeners.delete(listener);
  }

  /** Calls `listener` after every state change; returns an unsubscribe function. */
  onChange(listener: () => void): () => void {
    return this.#changes.subscribe(listener);
  }

  /** Resolves once `predicate()` holds; re-checked on every server change. Rejects after `timeoutMs`. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void> {
    return this.#changes.waitFor(predicate, timeoutMs);
  }

  /** Wakes `waitFor`/`onChange` listeners; for transports that hold state of their own. */
  protected notifyChange(): void {
    this.#changes.emit();
  }

  /** Terminates every socket and stops the ping timer. */
  async close(): Promise<void> {
    if (this.#pingTimer !== undefined) clearInterval(this.#pingTimer);
    this.#pingTimer = undefined;
    this.dropAll();
  }

  #send(peer: Peer, text: string): boolean {
    if (!peer.open) return false;
    if (this.#frozen) peer.outgoing.push(text);
    else peer.socket.send(text);
    return true;
  }

  #pingAll(): void {
    if (this.#frozen) return;
    const frame = pingFrame(this.#now() / 1000);
    for (const peer of this.#peers.values()) this.#send(peer, frame);
  }

  #receive(peer: Peer, text: string): void {
    if (!peer.open) return;
    if (this.#frozen) {
      peer.incoming.push(text);
      this.heldFrameCount++;
      this.#changes.emit();
      return;
    }
    const command = parseIncoming(peer.id, text);
    if (!command) return; // Rails logs the parse error; nothing is sent back.
    this.commands.push(command);
    for (const listener of [...this.#commandListeners]) {
      try {
        listener(command);
      } catch {
        // A failing test hook must not take the fake server down.
      }
    }
    if (command.command === "subscribe") this.#subscribe(peer, command);
    else if (command.command === "unsubscribe") this.#unsubscribe(peer, command);
    else if (command.command === "message") this.#perform(peer, command);
    this.#changes.emit();
  }

  #subscribe(peer: Peer, command: ReceivedCommand): void {
    this.subscribeCount++;
    const { identifier } = command;
    const params = parseJsonObject(identifier);
    if (typeof identifier !== "string" || !params) return;
    if (peer.subscriptions.has(identifier)) return; // duplicate: silently ignored
    if (params.channel !== ROOM_CHANNEL) return;
    const { subject, streams } = subscribeRoom(params, this.#directory);
    if (!subject && this.#badTokenMode === "reject") {
      this.#send(peer, rejectFrame(identifier));
      return;
    }
    // Registered before `subscribed` runs, so a failed one still blocks retries of the same identifier.
    peer.subscriptions.set(identifier, { identifier, streams, subject });
    if (!subject) return;
    this.#send(peer, confirmFrame(identifier));
    if (this.#presenceOnSubscribe) this.#announcePresence(subject);
  }

  #unsubscribe(peer: Peer, command: ReceivedCommand): void {
    if (typeof command.identifier === "string") peer.subscriptions.delete(command.identifier);
  }

  #perform(peer: Peer, command: ReceivedCommand): void {
    if (typeof command.identifier !== "string") return;
    const subscription = peer.subscriptions.get(command.identifier);
    if (!subscription || !command.action || !ROOM_ACTIONS.includes(command.action)) return;
    // The platform returns early when `subscribed` failed (no account).
    if (subscription.subject) this.#announcePresence(subscription.subject);
  }

  // `update_subscription` + `broadcast_presence`: the snapshot goes to the caller's token stream.
  #announcePresence(subject: RoomSubject): void {
    this.#presence.touch(subject.accountId, subject.kind, subject.id);
    this.broadcast(subject.token, "presence.update", this.#presence.snapshotFor(subject));
  }
}
