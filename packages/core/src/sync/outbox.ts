import {
  type AttachmentRules,
  toPendingAttachments,
  validateAttachments,
} from "../attachments/rules";
import { UniLinkError } from "../errors";
import type { Participant } from "../schema/user";
import { removePending, setPendingUpload } from "../store/pending-upload";
import type { OutgoingMessage } from "./backend";
import type { SyncContext } from "./context";
import { findConfirmed } from "./message-ids";
import { noApiError, type SendOutcome, toUniLinkError } from "./outcomes";
import { createUuid } from "./uuid";

/** What the app sends with `sendMessage`. */
export interface SendMessageInput {
  /** Text of the message. */
  content: string;
  /** A private note (agents only). Default false. */
  private?: boolean;
  /**
   * Files to attach, sent as multipart `attachments[]`. The pending copy
   * lists them (`attachments`) and shows the upload's progress (`upload`).
   * Files the rules refuse fail it at once with an `attachment` error.
   */
  attachments?: readonly Blob[];
  /** Structured extras (agents). */
  contentAttributes?: Record<string, unknown>;
}

interface Entry {
  conversationId: number;
  /** Display time of the pending copy, unix seconds. */
  createdAt: number;
  message: OutgoingMessage;
  /** `queued` (waiting for the socket or its turn), `sending`, or `failed`. */
  state: "queued" | "sending" | "failed";
  waiters: ((outcome: SendOutcome) => void)[];
  /** Aborts the request while `sending`. */
  abort?: AbortController;
}

/** Options of the {@link Outbox}. */
export interface OutboxOptions {
  /** True while sends may go out (the socket is connected or resyncing). */
  isOnline: () => boolean;
  /** Sender shown on the pending copy. */
  sender: Participant | null;
  /** Limits files are checked against before they are sent. */
  attachmentRules?: Partial<AttachmentRules>;
}

/**
 * Optimistic sends. Each message shows at once as pending (`id = echo_id`,
 * status `sending`), goes out in order once the client is online, and is
 * replaced by whichever of the REST answer and `message.created` arrives
 * first (the store matches them by echo id, so there is never a duplicate).
 * A failure marks it `failed`; a retry re-sends with the same echo id.
 */
export class Outbox {
  readonly #ctx: SyncContext;
  readonly #options: OutboxOptions;
  readonly #entries = new Map<string, Entry>();
  readonly #queue: string[] = [];
  #pumping = false;
  #destroyed = false;
  #lastCreatedAt = 0;

  constructor(ctx: SyncContext, options: OutboxOptions) {
    this.#ctx = ctx;
    this.#options = options;
  }

  /** Shows the message as pending and sends it when online; resolves when it is settled. */
  send(conversationId: number, input: SendMessageInput): Promise<SendOutcome> {
    const echoId = createUuid();
    // Pending copies sort by time: messages sent within one millisecond must keep their order.
    this.#lastCreatedAt = Math.max(this.#ctx.now() / 1000, this.#lastCreatedAt + 0.001);
    const entry: Entry = {
      conversationId,
      createdAt: this.#lastCreatedAt,
      message: {
        content: input.content,
        private: input.private ?? false,
        echoId,
        contentAttributes: input.contentAttributes,
        attachments: input.attachments,
      },
      state: "queued",
      waiters: [],
    };
    this.#entries.set(echoId, entry);
    return this.#enqueue(echoId, entry);
  }

  /**
   * Sends a failed message again with the same echo id (a server that got
   * the first attempt does not create a second message). Resolves at once
   * when the server's copy is already stored.
   */
  retry(echoId: string): Promise<SendOutcome> {
    const entry = this.#entries.get(echoId);
    if (!entry) {
      const error = new UniLinkError("validation", `No unsent message with echo id ${echoId}`);
      return Promise.resolve({ ok: false, echoId, error });
    }
    const confirmed = this.#confirmed(echoId, entry);
    if (confirmed)
      return Promise.resolve(this.#settle(echoId, { ok: true, echoId, message: confirmed }));
    if (entry.state !== "failed") return new Promise((resolve) => entry.waiters.push(resolve));
    entry.state = "queued";
    return this.#enqueue(echoId, entry);
  }

  /**
   * Stops a queued or uploading send: the message stays, `failed` with a
   * `cancelled` error, ready for a retry or a discard. False when nothing
   * with that echo id is being sent.
   */
  cancel(echoId: string): boolean {
    const entry = this.#entries.get(echoId);
    if (!entry || entry.state === "failed") return false;
    if (entry.state === "sending") {
      // #deliver sees the abort and fails the message (unless the server's copy already arrived).
      entry.abort?.abort();
      return true;
    }
    this.#unqueue(echoId);
    this.#fail(echoId, entry, cancelledError());
    return true;
  }

  /**
   * Forgets a message that is not being sent (failed or still queued): it
   * leaves the store and its `send` resolves with a `cancelled` error.
   * False while it is uploading (cancel it first) or when there is none.
   */
  discard(echoId: string): boolean {
    const entry = this.#entries.get(echoId);
    if (!entry || entry.state === "sending") return false;
    this.#unqueue(echoId);
    this.#ctx.controller.applyLocalChange((state) => removePending(state, echoId));
    this.#settle(echoId, { ok: false, echoId, error: cancelledError() });
    return true;
  }

  /** Sends what is queued, in order, while online. */
  flush(): void {
    void this.#pump();
  }

  /** Settles every unsent message as failed; later calls do nothing. */
  destroy(): void {
    this.#destroyed = true;
    const error = new UniLinkError(
      "network",
      "The client was destroyed before the message was sent",
    );
    for (const echoId of [...this.#entries.keys()])
      this.#settle(echoId, { ok: false, echoId, error });
    this.#queue.length = 0;
  }

  #unqueue(echoId: string): void {
    const index = this.#queue.indexOf(echoId);
    if (index >= 0) this.#queue.splice(index, 1);
  }

  #enqueue(echoId: string, entry: Entry): Promise<SendOutcome> {
    const backend = this.#ctx.backend;
    const files = entry.message.attachments ?? [];
    this.#ctx.controller.addPendingMessage({
      conversationId: entry.conversationId,
      echoId,
      content: entry.message.content,
      private: entry.message.private,
      messageType: backend?.ownMessageType ?? 1,
      contentAttributes: entry.message.contentAttributes,
      sender: this.#options.sender ?? undefined,
      createdAt: entry.createdAt,
      attachments: files.length > 0 ? toPendingAttachments(files) : undefined,
    });
    const done = new Promise<SendOutcome>((resolve) => entry.waiters.push(resolve));
    if (!backend) {
      this.#fail(echoId, entry, noApiError());
      return done;
    }
    const refused =
      files.length > 0 ? validateAttachments(files, this.#options.attachmentRules) : undefined;
    if (refused) {
      this.#fail(echoId, entry, refused);
      return done;
    }
    this.#queue.push(echoId);
    this.flush();
    return done;
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (!this.#destroyed && this.#queue.length > 0 && this.#options.isOnline()) {
        const echoId = this.#queue.shift() as string;
        const entry = this.#entries.get(echoId);
        if (entry?.state === "queued") await this.#deliver(echoId, entry);
      }
    } finally {
      this.#pumping = false;
    }
  }

  async #deliver(echoId: string, entry: Entry): Promise<void> {
    const backend = this.#ctx.backend;
    if (!backend) return;
    entry.state = "sending";
    const files = entry.message.attachments ?? [];
    const abort = typeof AbortController === "function" ? new AbortController() : undefined;
    entry.abort = abort;
    const upload =
      files.length > 0
        ? {
            signal: abort?.signal,
            onProgress: (loaded: number, total: number) =>
              this.#ctx.controller.applyLocalChange((state) =>
                setPendingUpload(state, echoId, { loaded, total }),
              ),
          }
        : abort
          ? { signal: abort.signal }
          : undefined;
    try {
      const message = await backend.sendMessage(entry.conversationId, entry.message, upload);
      if (this.#destroyed) return;
      const invalid = this.#ctx.controller.resolvePending(echoId, message);
      if (invalid) throw invalid;
      this.#settle(echoId, { ok: true, echoId, message });
    } catch (cause) {
      if (this.#destroyed) return;
      // The event may have confirmed it already (the answer got lost, the message did not).
      const confirmed = this.#confirmed(echoId, entry);
      if (confirmed) this.#settle(echoId, { ok: true, echoId, message: confirmed });
      else
        this.#fail(echoId, entry, abort?.signal.aborted ? cancelledError() : toUniLinkError(cause));
    } finally {
      entry.abort = undefined;
    }
  }

  #fail(echoId: string, entry: Entry, error: UniLinkError): void {
    entry.state = "failed";
    this.#ctx.controller.failPending(echoId, error);
    if ((entry.message.attachments?.length ?? 0) > 0) {
      this.#ctx.controller.applyLocalChange((state) => setPendingUpload(state, echoId, null));
    }
    this.#ctx.report(error);
    const waiters = entry.waiters.splice(0);
    for (const resolve of waiters) resolve({ ok: false, echoId, error });
  }

  #settle(echoId: string, outcome: SendOutcome): SendOutcome {
    const entry = this.#entries.get(echoId);
    this.#entries.delete(echoId);
    for (const resolve of entry?.waiters.splice(0) ?? []) resolve(outcome);
    return outcome;
  }

  #confirmed(echoId: string, entry: Entry) {
    const list = this.#ctx.controller.store.getState().messages[entry.conversationId];
    return findConfirmed(list, echoId);
  }
}

function cancelledError(): UniLinkError {
  return new UniLinkError("cancelled", "The message was cancelled before it was sent");
}
