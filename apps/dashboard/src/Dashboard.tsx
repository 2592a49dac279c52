import { shareAcrossTabs, type UniLinkError } from "@unilink/core";
import { ConnectionBanner, UniLinkProvider } from "@unilink/react";
import { useState } from "react";
import { AgentsPanel } from "./agents/AgentsPanel";
import type { AgentSession } from "./config/load-session";
import { ConversationPane } from "./conversation/ConversationPane";
import { Sidebar } from "./layout/Sidebar";
import { TopBar } from "./layout/TopBar";

function reportError(error: UniLinkError) {
  // The client recovers by itself; the console is where a developer looks.
  console.warn(`[unilink] ${error.code}: ${error.message}`);
}

function accountName(session: AgentSession): string {
  const account = session.profile.accounts?.find((a) => a.id === session.accountId);
  return typeof account?.name === "string" ? account.name : `Account ${session.accountId}`;
}

/** The signed-in agent's workspace: one UniLink connection for everything below. */
export function Dashboard({ session }: { session: AgentSession }) {
  const { profile } = session;
  const [openId, setOpenId] = useState<number | undefined>(undefined);
  return (
    <UniLinkProvider
      url={session.url}
      pubsubToken={profile.pubsub_token}
      accountId={session.accountId}
      userId={profile.id}
      api={session.api}
      onError={reportError}
      // Agents keep several dashboard tabs open: one socket and one presence stream for all of them.
      shareAcrossTabs={shareAcrossTabs()}
    >
      {/* Narrower than 900px the dashboard shows the list or the open conversation, not both. */}
      <div className={openId === undefined ? "dashboard" : "dashboard dashboard--open"}>
        <TopBar me={profile} accountName={accountName(session)} onOpenConversation={setOpenId} />
        <ConnectionBanner className="dashboard__banner" />
        <Sidebar meUserId={profile.id} selectedId={openId} onSelect={setOpenId} />
        <ConversationPane
          conversationId={openId}
          meUserId={profile.id}
          onOpen={setOpenId}
          onBack={() => setOpenId(undefined)}
        />
        <AgentsPanel meUserId={profile.id} meName={profile.name ?? "You"} roster={session.roster} />
      </div>
    </UniLinkProvider>
  );
}
