import { createFactories, type EventFrame, events, type MessagePayload } from "@unilink/testing";
import { seededRandom } from "./chaos-random";

/** A fault of the real-server run. */
export type ReferenceFault = "crash" | "cable-restart";

/** One planned broadcast of the real-server run. */
export interface PlannedBroadcast {
  /** Message id: 1, 2, 3... (the display order, as `created_at` grows with it). */
  id: number;
  conversationId: number;
  frame: EventFrame<MessagePayload>;
}

/** The real-server run, fixed by its seed. */
export interface ReferencePlan {
  broadcasts: PlannedBroadcast[];
  /** Fault to inject just before the broadcast at that index. */
  faults: Map<number, ReferenceFault>;
}

const ACCOUNT_ID = 1;
const START = 1_717_243_200;

/**
 * `messages` `message.created` events (platform-shaped payloads from the
 * test kit's factories, one second apart) spread over `conversations`
 * conversations, and two faults at seeded points between 20 % and 80 %:
 * process 2 crashing (SIGKILL, started again on its port) and
 * `ActionCable.server.restart` on process 2.
 */
export function planReferenceRun(
  messages: number,
  conversations: number,
  seed: number,
): ReferencePlan {
  const random = seededRandom(seed);
  const f = createFactories(seed, { accountId: ACCOUNT_ID, startTime: START });
  const threads = Array.from({ length: conversations }, (_, index) =>
    f.conversation({ id: index + 1, unread_count: 0 }),
  );
  const broadcasts: PlannedBroadcast[] = [];
  for (let id = 1; id <= messages; id++) {
    const conversation = random.pick(threads);
    const message = f.message(
      { id, content: `real server #${id}`, created_at: START + id, message_type: 0 },
      { conversation },
    );
    broadcasts.push({ id, conversationId: conversation.id, frame: events.messageCreated(message) });
  }
  const low = Math.floor(messages * 0.2);
  const high = Math.floor(messages * 0.8);
  const crashAt = random.int(low, high);
  let restartAt = random.int(low, high);
  while (restartAt === crashAt) restartAt = random.int(low, high);
  const faults = new Map<number, ReferenceFault>([
    [crashAt, "crash"],
    [restartAt, "cable-restart"],
  ]);
  return { broadcasts, faults };
}
