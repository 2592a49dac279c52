import {
  selectConversationList,
  selectMessages,
  type UniLinkClient,
  type UniLinkState,
} from "@unilink/core";

/**
 * Calls `onChange` with the selected value whenever it changes. The store
 * keeps the identity of everything an event did not touch, and the
 * selectors are memoized on it, so `!==` is a precise "did it change".
 */
export function watch<T>(
  client: UniLinkClient,
  select: (state: UniLinkState) => T,
  onChange: (value: T) => void,
): () => void {
  let current = select(client.store.getState());
  onChange(current);
  return client.store.subscribe((state) => {
    const next = select(state);
    if (next === current) return;
    current = next;
    onChange(next);
  });
}

/** Keeps a terminal title in sync with the open conversations and one thread. */
export function printInbox(client: UniLinkClient, openConversationId: number): () => void {
  const stopList = watch(
    client,
    (state) => selectConversationList(state, { status: "open" }),
    (list) => console.log(`${list.length} open conversation(s)`),
  );
  const stopThread = watch(
    client,
    (state) => selectMessages(state, openConversationId),
    (messages) => console.log(`#${openConversationId}: ${messages.length} message(s)`),
  );
  return () => {
    stopList();
    stopThread();
  };
}
