import type { Message } from "../schema/message";
import { isPending } from "../store/message-order";
import type { MessageList, StoredMessage } from "../store/state";

/** Lowest server message id in a list, if any (the `before=` cursor of older pages). */
export function oldestServerId(list: MessageList | undefined): number | undefined {
  let oldest: number | undefined;
  for (const key of list?.ids ?? []) {
    const id = list?.byId[key]?.id;
    if (typeof id === "number" && (oldest === undefined || id < oldest)) oldest = id;
  }
  return oldest;
}

/** Lowest and highest id of a fetched page. */
export function idRange(page: readonly Message[]): { min?: number; max?: number } {
  let min: number | undefined;
  let max: number | undefined;
  for (const message of page) {
    if (min === undefined || message.id < min) min = message.id;
    if (max === undefined || message.id > max) max = message.id;
  }
  return { min, max };
}

/** The confirmed message that carries `echoId`, if the server's copy is already stored. */
export function findConfirmed(list: MessageList | undefined, echoId: string): Message | undefined {
  for (const key of list?.ids ?? []) {
    const message: StoredMessage | undefined = list?.byId[key];
    if (message && !isPending(message) && message.echo_id === echoId) return message;
  }
  return undefined;
}
