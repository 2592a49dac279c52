import { selectMessages, type UniLinkState } from "@unilink/core";
import { createContext, memo, Profiler, useContext, useEffect, useState } from "react";
import { countCommit, counters } from "./counters";
import { MessageBubble } from "./message-bubble";
import type { AppProps } from "./unilink-app";

const StateContext = createContext<UniLinkState | null>(null);

function useUniLinkState(): UniLinkState {
  const state = useContext(StateContext);
  if (!state) throw new Error("outside StateProvider");
  return state;
}

// The usual pattern: the whole state in one context value, replaced on every store change.
function StateProvider({
  client,
  children,
}: {
  client: AppProps["client"];
  children: React.ReactNode;
}) {
  const [state, setState] = useState(() => client.store.getState());
  useEffect(() => {
    setState(client.store.getState());
    return client.store.subscribe(setState);
  }, [client]);
  return <StateContext.Provider value={state}>{children}</StateContext.Provider>;
}

const ConversationRow = memo(function ConversationRow({ id }: { id: number }) {
  const conversation = useUniLinkState().conversations[id];
  counters.renders++;
  return (
    <li>
      {conversation?.meta?.sender?.name} · {conversation?.status} · {conversation?.unread_count}
    </li>
  );
});

function Thread({ id }: { id: number }) {
  const messages = selectMessages(useUniLinkState(), id);
  counters.renders++;
  return (
    <ol>
      {messages.map((message) => (
        <MessageBubble key={message.id} message={message} />
      ))}
    </ol>
  );
}

/** The baseline: the same store state, handed down in one React context value. */
export function ContextApp({ client, conversationIds, openId }: AppProps) {
  return (
    // The Profiler wraps the provider: one inside would miss commits that only reach it through context.
    <Profiler id="context" onRender={countCommit}>
      <StateProvider client={client}>
        <ul>
          {conversationIds.map((id) => (
            <ConversationRow key={id} id={id} />
          ))}
        </ul>
        <Thread id={openId} />
      </StateProvider>
    </Profiler>
  );
}
