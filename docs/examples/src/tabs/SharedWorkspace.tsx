import { type AgentApi, type Profile, shareAcrossTabs } from "@unilink/core";
import { ConnectionBanner, UniLinkProvider, useTabSharing } from "@unilink/react";
import type { ReactNode } from "react";

/** One socket, one subscription and one presence heartbeat for all of the agent's tabs. */
export function SharedWorkspace(props: { profile: Profile; api: AgentApi; children: ReactNode }) {
  return (
    <UniLinkProvider
      url="https://chat.example.com"
      pubsubToken={props.profile.pubsub_token}
      accountId={1}
      userId={props.profile.id}
      api={props.api}
      shareAcrossTabs={shareAcrossTabs()}
    >
      <ConnectionBanner />
      {props.children}
      <TabBadge />
    </UniLinkProvider>
  );
}

/** Shows which tab holds the connection (handy while developing). */
function TabBadge() {
  const { role, followers } = useTabSharing();
  if (role === "single") return null;
  return (
    <small>
      {role === "leader" ? "This tab holds the connection" : "Connected through another tab"} ·{" "}
      {followers} following
    </small>
  );
}
