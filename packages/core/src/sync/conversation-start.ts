import type { UniLinkError } from "../errors";
import type { Message } from "../schema/message";
import type { SyncContext } from "./context";
import type { Outbox, SendMessageInput } from "./outbox";
import { noApiError, toUniLinkError } from "./outcomes";

/** How starting a conversation went. Never rejects. */
export type StartConversationOutcome =
  | { ok: true; conversationId: number; echoId: string; message: Message }
  | {
      ok: false;
      /** Set when the conversation was created but its first message failed (it stays `failed`, retryable). */
      conversationId?: number;
      error: UniLinkError;
    };

/**
 * A contact's first message: the conversation is created only now (not when
 * the widget opens, which would leave empty conversations in the agents'
 * inbox), then the message goes out through the outbox like any other.
 * Calls made while one is being created wait for it instead of creating a
 * second conversation.
 */
export class ConversationStarter {
  readonly #ctx: SyncContext;
  readonly #outbox: Outbox;
  #creating: Promise<number> | undefined;

  constructor(ctx: SyncContext, outbox: Outbox) {
    this.#ctx = ctx;
    this.#outbox = outbox;
  }

  async start(input: SendMessageInput): Promise<StartConversationOutcome> {
    const backend = this.#ctx.backend;
    if (!backend?.createConversation) return { ok: false, error: noApiError() };
    let conversationId: number;
    try {
      conversationId = await this.#create(backend.createConversation.bind(backend));
    } catch (cause) {
      const error = toUniLinkError(cause);
      this.#ctx.report(error);
      return { ok: false, error };
    }
    const sent = await this.#outbox.send(conversationId, input);
    return sent.ok
      ? { ok: true, conversationId, echoId: sent.echoId, message: sent.message }
      : { ok: false, conversationId, error: sent.error };
  }

  #create(create: () => Promise<{ id: number }>): Promise<number> {
    this.#creating ??= create()
      .then((conversation) => {
        this.#ctx.controller.hydrate({ conversations: [conversation] });
        return conversation.id;
      })
      .finally(() => {
        this.#creating = undefined;
      });
    return this.#creating;
  }
}
