import { removeFromList, upsertInList } from "./message-list";
import { isPending } from "./message-order";
import type { UploadProgress } from "./pending-attachment";
import { setEntry } from "./records";
import type { PendingMessage, UniLinkState } from "./state";

/** Where the pending message `echoId` is stored, if it is. */
function findPending(state: UniLinkState, echoId: string) {
  for (const [conversationId, list] of Object.entries(state.messages)) {
    const message = list.byId[echoId];
    if (message && isPending(message)) {
      return { conversationId: Number(conversationId), list, message: message as PendingMessage };
    }
  }
  return undefined;
}

/** Records how much of a pending message's files went out (`null`: not uploading). */
export function setPendingUpload(
  state: UniLinkState,
  echoId: string,
  upload: UploadProgress | null,
): UniLinkState {
  const found = findPending(state, echoId);
  if (!found) return state;
  const current = found.message.upload ?? null;
  if (current?.loaded === upload?.loaded && current?.total === upload?.total) return state;
  const message: PendingMessage = { ...found.message, upload };
  const messages = setEntry(
    state.messages,
    found.conversationId,
    upsertInList(found.list, message),
  );
  return { ...state, messages };
}

/** Removes a pending message (the app discarded it); the server's messages are never touched. */
export function removePending(state: UniLinkState, echoId: string): UniLinkState {
  const found = findPending(state, echoId);
  if (!found) return state;
  const list = removeFromList(found.list, echoId);
  return { ...state, messages: setEntry(state.messages, found.conversationId, list) };
}

/** True when the store holds a pending message with this echo id. */
export function hasPending(state: UniLinkState, echoId: string): boolean {
  return findPending(state, echoId) !== undefined;
}
