import type { PlatformContext } from "./context";
import type { EventBus, PlatformCable } from "./event-bus";
import { userPayload } from "./present";
import type { ConversationRow, UserRow } from "./records";
import { type RouteFacts, streamsFor } from "./routing";

/** What platform operations work with: the data, the event fan-out and the socket server. */
export interface PlatformRuntime {
  readonly ctx: PlatformContext;
  readonly bus: EventBus;
  readonly cable: PlatformCable | undefined;
}

/**
 * Sends a conversation-scoped event to its audience, with `account_id` (and
 * `performer`, when a person caused it) merged into `data` like the platform.
 */
export function emitConversationEvent(
  runtime: PlatformRuntime,
  event: string,
  conversation: ConversationRow,
  data: object,
  facts: RouteFacts = {},
  performer?: UserRow,
): void {
  const payload: Record<string, unknown> = { ...data, account_id: conversation.accountId };
  if (performer) payload.performer = userPayload(runtime.ctx, performer);
  runtime.bus.send(event, streamsFor(runtime.ctx, event, conversation, facts), payload);
}
