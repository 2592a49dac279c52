import type { AgentApi, Profile } from "@unilink/core";
import { ConnectionBanner, UniLinkProvider } from "@unilink/react";
import { useState } from "react";
import { ConversationPane } from "./ConversationPane";
import { Conversations } from "./Conversations";

export interface DashboardProps {
  /** The installation, e.g. https://chat.example.com (the socket is wss://…/cable). */
  url: string;
  /** The agent's REST client: loads, sends, typing and resync go through it. */
  api: AgentApi;
  /** From `api.profile()`. */
  profile: Profile;
}

export function Dashboard({ url, api, profile }: DashboardProps) {
  const [openId, setOpenId] = useState<number>();
  return (
    <UniLinkProvider
      url={url}
      pubsubToken={profile.pubsub_token}
      accountId={api.accountId}
      userId={profile.id}
      api={api}
      onError={(error) => console.warn(`[unilink] ${error.code}: ${error.message}`)}
    >
      <div className="unilink-root dashboard">
        <ConnectionBanner />
        <nav aria-label="Inbox">
          <Conversations me={profile.id} selectedId={openId} onSelect={setOpenId} />
        </nav>
        <main>
          {openId === undefined ? (
            <p>Select a conversation.</p>
          ) : (
            <ConversationPane key={openId} conversationId={openId} />
          )}
        </main>
      </div>
    </UniLinkProvider>
  );
}
