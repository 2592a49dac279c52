import { describeError } from "../connection/describe-error";
import { ListenerSet } from "../connection/listener-set";
import type { ConnectionStatus } from "../connection/status";
import { UniLinkError } from "../errors";

type StatusListener = (status: ConnectionStatus, previous: ConnectionStatus) => void;

/** What {@link ClientStatus} reads from the connection. */
export interface StatusSource {
  readonly status: ConnectionStatus;
  onStatus(listener: StatusListener): () => void;
}

/**
 * The status a client shows: the connection's, except `resyncing` while the
 * sync layer catches up on what the socket missed. Resyncing is a part of
 * being connected: it starts only while connected and ends with it.
 */
export class ClientStatus {
  readonly #source: StatusSource;
  readonly #listeners = new ListenerSet<[ConnectionStatus, ConnectionStatus]>();
  readonly #report: (error: UniLinkError) => void;
  readonly #stop: () => void;
  #resyncing = false;
  #shown: ConnectionStatus;

  /** `report` receives what a throwing listener threw (the other listeners are still called). */
  constructor(source: StatusSource, report: (error: UniLinkError) => void) {
    this.#source = source;
    this.#report = report;
    this.#shown = source.status;
    this.#stop = source.onStatus((status) => {
      if (status !== "connected") this.#resyncing = false;
      this.#show();
    });
  }

  /** The status to show. */
  get status(): ConnectionStatus {
    const status = this.#source.status;
    return status === "connected" && this.#resyncing ? "resyncing" : status;
  }

  /** Shows `resyncing` (`true`, only while connected) or the connection's status again (`false`). */
  markResyncing(on: boolean): void {
    if (on && this.#source.status !== "connected") return;
    this.#resyncing = on;
    this.#show();
  }

  /** Subscribes to changes of the shown status; returns an unsubscribe function. */
  onStatus(listener: StatusListener): () => void {
    return this.#listeners.add(listener);
  }

  /** Stops following the connection. */
  destroy(): void {
    this.#stop();
    this.#listeners.clear();
  }

  #show(): void {
    const next = this.status;
    const previous = this.#shown;
    if (next === previous) return;
    this.#shown = next;
    this.#listeners.emit([next, previous], (error) =>
      this.#report(new UniLinkError("listener", `A listener threw: ${describeError(error)}`)),
    );
  }
}
