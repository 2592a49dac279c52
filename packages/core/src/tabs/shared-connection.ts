import { Connection } from "../connection/connection";
import { describeError } from "../connection/describe-error";
import { ListenerSet } from "../connection/listener-set";
import type { ConnectionOptions, MessageListener } from "../connection/options";
import type { RealtimeConnection } from "../connection/realtime";
import type { ConnectionStatus } from "../connection/status";
import { fetchToken } from "../connection/token";
import { listenForWake } from "../connection/wake-events";
import { registerSecret, UniLinkError } from "../errors";
import { tabGroupName } from "./group-name";
import { Leadership } from "./leadership";
import { parseTabMessage, type TabMessage } from "./messages";
import { SINGLE_TAB, type TabSharing, type TabSharingState } from "./sharing-state";
import type { TabChannel, TabSharingTransport } from "./transport";

/** How a follower watches its leader. */
export interface LeaderWatchTiming {
  /** Silence from the leader after which a follower asks whether it is still there. Default 5000. */
  probeAfterMs?: number;
  /** A probe unanswered this long means the leader is frozen or hung: take over. Default 3000. */
  probeTimeoutMs?: number;
}

interface Group {
  channel: TabChannel;
  leadership: Leadership;
  stop: () => void;
}

const isSubscribed = (status: ConnectionStatus) => status === "connected" || status === "resyncing";

function randomTabId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A {@link RealtimeConnection} shared by every page of one origin with the
 * same identity (installation, token, account, user). The pages elect one
 * leader through a lock; only the leader opens a socket and subscribes. It
 * relays every data frame and status change to the others (followers),
 * which reduce them into their own stores, and sends their commands
 * (presence, `perform`) for them. When the leader's page closes, the lock
 * passes to the next page, which connects, subscribes and, like every
 * follower, resyncs. A leader that stops answering (a frozen page) has its
 * lock stolen. REST calls stay in each page.
 */
export class SharedConnection implements RealtimeConnection, TabSharing {
  readonly #options: ConnectionOptions;
  readonly #transport: TabSharingTransport;
  readonly #probeAfterMs: number;
  readonly #probeTimeoutMs: number;
  readonly #tabId = randomTabId();
  readonly #statusListeners = new ListenerSet<[ConnectionStatus, ConnectionStatus]>();
  readonly #messageListeners = new ListenerSet<[unknown, boolean]>();
  readonly #sharingListeners = new ListenerSet<[TabSharingState]>();
  #token: string | undefined;
  // Bumped by every join/leave, so late async answers (token, lock counts) are dropped.
  #session = 0;
  #active = false;
  #destroyed = false;
  #group: Group | undefined;
  #local: Connection | undefined;
  /** The group's status as the leader reports it. */
  #base: ConnectionStatus = "idle";
  #status: ConnectionStatus = "idle";
  #sharing: TabSharingState = SINGLE_TAB;
  #term = 0;
  #leaderTab: string | undefined;
  #lastLeaderSignalAt = 0;
  #probeSentAt: number | undefined;

  constructor(
    options: ConnectionOptions,
    transport: TabSharingTransport,
    timing: LeaderWatchTiming = {},
  ) {
    this.#options = options;
    this.#transport = transport;
    this.#probeAfterMs = timing.probeAfterMs ?? 5_000;
    this.#probeTimeoutMs = timing.probeTimeoutMs ?? 3_000;
    if (typeof options.pubsubToken === "string" && options.pubsubToken !== "") {
      this.#token = options.pubsubToken;
      registerSecret(this.#token);
    }
    if (options.onMessage) this.#messageListeners.add(options.onMessage);
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** This page's role in its tab group. */
  get state(): TabSharingState {
    return this.#sharing;
  }

  onStatus(listener: (status: ConnectionStatus, previous: ConnectionStatus) => void): () => void {
    return this.#statusListeners.add(listener);
  }

  onMessage(listener: MessageListener): () => void {
    return this.#messageListeners.add(listener);
  }

  /** Calls `listener` when this page's role or the number of followers changes. */
  subscribe(listener: (state: TabSharingState) => void): () => void {
    return this.#sharingListeners.add(listener);
  }

  connect(): void {
    if (this.#destroyed || this.#active) return;
    this.#active = true;
    const session = ++this.#session;
    this.#setBase("connecting");
    if (this.#token) {
      this.#join(this.#token);
      return;
    }
    const provider = this.#options.pubsubToken;
    if (typeof provider !== "function") {
      this.#rest("unauthorized", new UniLinkError("unauthorized", "No pubsub token was given"));
      return;
    }
    void fetchToken(provider).then((result) => {
      if (session !== this.#session) return;
      if (!result.ok) {
        this.#rest("unauthorized", new UniLinkError("unauthorized", result.reason));
        return;
      }
      this.#token = result.token;
      this.#join(result.token);
    });
  }

  disconnect(): void {
    if (!this.#destroyed) this.#rest("disconnected");
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#rest("disconnected");
    this.#destroyed = true;
    this.#statusListeners.clear();
    this.#messageListeners.clear();
    this.#sharingListeners.clear();
  }

  /** A new token is a new identity: this page leaves its group and joins the token's. */
  setToken(token: string): void {
    if (this.#destroyed) return;
    if (typeof token !== "string" || token === "") {
      this.#report(new UniLinkError("unauthorized", "setToken() needs a non-empty string"));
      return;
    }
    registerSecret(token);
    const wasActive = this.#active || this.#base === "unauthorized";
    this.#token = token;
    if (!wasActive) return;
    this.#rest("reconnecting");
    this.connect();
  }

  updatePresence(): void {
    if (this.#local) this.#local.updatePresence();
    else if (isSubscribed(this.#base)) this.#post({ type: "presence", from: this.#tabId });
  }

  perform(action: string, data?: Record<string, unknown>): void {
    if (this.#local) this.#local.perform(action, data);
    else if (isSubscribed(this.#base)) {
      this.#post({ type: "perform", from: this.#tabId, action, data });
    }
  }

  #join(token: string): void {
    const session = this.#session;
    const name = tabGroupName({
      url: String(this.#options.url),
      token,
      accountId: this.#options.accountId,
      userId: this.#options.userId,
    });
    const channel = this.#transport.channel(name);
    const leadership = new Leadership(this.#transport.locks, `${name}-leader`, {
      acquired: () => this.#lead(session),
      lost: () => this.#stepDown("queue"),
      failed: (error) =>
        this.#report(
          new UniLinkError("transport", `Tab sharing lock failed: ${describeError(error)}`),
        ),
    });
    const stopMessages = channel.subscribe((raw) => this.#onTabMessage(raw));
    const stopWake = listenForWake(() => this.#onWake());
    const watch = setInterval(() => this.#watchLeader(), Math.max(250, this.#probeAfterMs / 2));
    this.#group = {
      channel,
      leadership,
      stop: () => {
        stopMessages();
        stopWake();
        clearInterval(watch);
      },
    };
    this.#leaderTab = undefined;
    this.#lastLeaderSignalAt = Date.now();
    this.#probeSentAt = undefined;
    this.#setSharing({ role: "follower", followers: this.#sharing.followers });
    leadership.join();
    this.#post({ type: "hello", from: this.#tabId });
  }

  /** Leaves the group (handing the socket over if leading) and settles in `status`. */
  #rest(status: "disconnected" | "unauthorized" | "reconnecting", error?: UniLinkError): void {
    this.#session++;
    this.#active = false;
    const group = this.#group;
    this.#group = undefined;
    if (group) {
      this.#dropLocal();
      this.#post({ type: "bye", from: this.#tabId }, group.channel);
      group.leadership.leave();
      group.stop();
      group.channel.close();
    }
    this.#setSharing(SINGLE_TAB);
    this.#setBase(status);
    if (error) this.#report(error);
  }

  #lead(session: number): void {
    if (session !== this.#session || !this.#group || !this.#token) return;
    // Larger than any term seen, and than any a page that never heard of this one could pick.
    this.#term = Math.max(this.#term + 1, Date.now());
    this.#leaderTab = this.#tabId;
    this.#setSharing({ role: "leader", followers: this.#sharing.followers });
    const local = new Connection({
      ...this.#options,
      pubsubToken: this.#options.pubsubToken === this.#token ? this.#token : this.#tokenSource(),
      onMessage: undefined,
    });
    this.#local = local;
    local.onStatus((status) => {
      if (this.#local !== local) return;
      const shared = status === "resyncing" ? "connected" : status;
      this.#setBase(shared);
      this.#post({ type: "status", from: this.#tabId, term: this.#term, status: shared });
    });
    local.onMessage((message, shallow) => {
      if (this.#local !== local) return;
      this.#post({ type: "event", from: this.#tabId, term: this.#term, message });
      this.#emitMessage(message, shallow);
    });
    // Whatever this page mirrored as a follower is over: the group starts a socket from scratch.
    this.#setBase("connecting");
    this.#announce();
    local.connect();
    this.#countFollowers();
  }

  // The provider's last answer first, the provider itself for refreshes after `unauthorized`.
  #tokenSource(): ConnectionOptions["pubsubToken"] {
    const provider = this.#options.pubsubToken;
    const first = this.#token as string;
    if (typeof provider !== "function") return first;
    let used = false;
    return () => {
      if (used) return provider();
      used = true;
      return first;
    };
  }

  /**
   * Another page took the lock (this one was frozen or too slow): follow it
   * and queue again. `requeue` also lets go of a lock this page may still
   * think it holds (a newer leader announced itself before the steal showed).
   */
  #stepDown(requeue: "queue" | "release-and-queue"): void {
    const group = this.#group;
    if (this.#local) {
      this.#dropLocal();
      this.#leaderTab = undefined;
      this.#setSharing({ role: "follower", followers: this.#sharing.followers });
      this.#setBase("reconnecting");
      this.#post({ type: "bye", from: this.#tabId });
    }
    if (requeue === "release-and-queue") group?.leadership.leave();
    group?.leadership.join();
  }

  #dropLocal(): void {
    const local = this.#local;
    this.#local = undefined;
    local?.destroy();
  }

  #announce(): void {
    this.#post({ type: "lead", from: this.#tabId, term: this.#term, status: this.#base });
  }

  #onTabMessage(raw: unknown): void {
    const message = parseTabMessage(raw);
    if (!message || message.from === this.#tabId || !this.#group) return;
    const leading = this.#local !== undefined;
    switch (message.type) {
      case "hello":
        if (leading) this.#announce();
        this.#countFollowers();
        return;
      case "lead":
        this.#onLead(message.from, message.term, message.status);
        return;
      case "status":
        if (this.#fromLeader(message.from, message.term)) this.#setBase(message.status);
        return;
      case "event":
        // A relayed message comes without its frame's text: nothing proves it shallow.
        if (this.#fromLeader(message.from, message.term)) this.#emitMessage(message.message, false);
        return;
      case "alive":
        this.#fromLeader(message.from, message.term);
        return;
      case "perform":
        this.#local?.perform(message.action, message.data);
        return;
      case "presence":
        this.#local?.updatePresence();
        return;
      case "probe":
        if (leading) this.#post({ type: "alive", from: this.#tabId, term: this.#term });
        return;
      case "bye":
        this.#onBye(message.from);
        return;
    }
  }

  #onLead(from: string, term: number, status: ConnectionStatus): void {
    if (this.#local) {
      // Someone leads with a newer term: this page's lock was stolen (the rejection follows).
      if (term > this.#term) this.#stepDown("release-and-queue");
      else {
        this.#announce();
        return;
      }
    }
    if (term < this.#term) return;
    this.#term = term;
    this.#leaderTab = from;
    this.#heardFromLeader();
    this.#setBase(status);
    this.#countFollowers();
  }

  #onBye(from: string): void {
    if (from === this.#leaderTab && !this.#local) {
      this.#leaderTab = undefined;
      if (this.#base !== "idle") this.#setBase("reconnecting");
    }
    // A page that stopped leading may have left followers behind: tell them who leads.
    if (this.#local) this.#announce();
    this.#countFollowers();
  }

  /** True (and noted as a sign of life) for a message of the current leader's term. */
  #fromLeader(from: string, term: number): boolean {
    if (this.#local || from !== this.#leaderTab || term !== this.#term) return false;
    this.#heardFromLeader();
    return true;
  }

  #heardFromLeader(): void {
    this.#lastLeaderSignalAt = Date.now();
    this.#probeSentAt = undefined;
  }

  /** Followers: probe a silent leader, steal the lock from one that does not answer. */
  #watchLeader(): void {
    const group = this.#group;
    if (!group) return;
    this.#countFollowers();
    if (this.#local) return;
    const now = Date.now();
    if (this.#probeSentAt !== undefined) {
      if (now - this.#probeSentAt >= this.#probeTimeoutMs) {
        this.#probeSentAt = undefined;
        group.leadership.steal();
      }
      return;
    }
    if (now - this.#lastLeaderSignalAt >= this.#probeAfterMs) {
      this.#probeSentAt = now;
      this.#post({ type: "probe", from: this.#tabId });
    }
  }

  /** A follower page became visible or focused: beat now (through the leader), check on it. */
  #onWake(): void {
    if (this.#local) return; // the leader's own connection handles its wake-ups
    this.updatePresence();
    if (this.#probeSentAt === undefined && Date.now() - this.#lastLeaderSignalAt >= 1_000) {
      this.#probeSentAt = Date.now();
      this.#post({ type: "probe", from: this.#tabId });
    }
  }

  #countFollowers(): void {
    const group = this.#group;
    if (!group) return;
    const session = this.#session;
    void this.#transport.locks.waiting(group.leadership.name).then(
      (waiting) => {
        if (session !== this.#session || this.#group !== group) return;
        // Every follower, this page included, waits for the leader lock.
        if (waiting !== this.#sharing.followers) {
          this.#setSharing({ role: this.#sharing.role, followers: waiting });
        }
      },
      () => {},
    );
  }

  #setBase(status: ConnectionStatus): void {
    const previous = this.#base;
    if (previous === status) return;
    // A follower that meets a connected group still passes `subscribing`, as a socket of its own
    // would, so the sync layer's "just connected" rules (resync, outbox) run the same.
    if (
      status === "connected" &&
      !this.#local &&
      previous !== "subscribing" &&
      !isSubscribed(previous)
    ) {
      this.#base = "subscribing";
      this.#emitStatus();
    }
    this.#base = status;
    this.#emitStatus();
  }

  #emitStatus(): void {
    const next = this.#base;
    const previous = this.#status;
    if (previous === next) return;
    this.#status = next;
    this.#statusListeners.emit([next, previous], (error) => this.#listenerThrew(error));
  }

  #setSharing(state: TabSharingState): void {
    if (state.role === this.#sharing.role && state.followers === this.#sharing.followers) return;
    this.#sharing = Object.freeze({ ...state });
    this.#sharingListeners.emit([this.#sharing], (error) => this.#listenerThrew(error));
  }

  #emitMessage(message: unknown, shallow: boolean): void {
    this.#messageListeners.emit([message, shallow], (error) => this.#listenerThrew(error));
  }

  #post(message: TabMessage, channel = this.#group?.channel): void {
    try {
      channel?.postMessage(message);
    } catch (error) {
      this.#report(
        new UniLinkError("transport", `Cannot reach the other tabs: ${describeError(error)}`),
      );
    }
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
