import { createAgentApi } from "@unilink/core";
import { UniLinkProvider } from "@unilink/react";
import type { ReactNode } from "react";

const api = createAgentApi({
  baseUrl: "https://chat.example.com",
  accessToken: "the-agent-access-token",
  accountId: 1,
});

// A function instead of a string: the client calls it to connect, and once more when the
// server stops confirming the subscription (the token was rotated by a password change).
// If the new token works the client resubscribes by itself; if not, the status stays
// `unauthorized` and the app should send the user to sign in again.
const currentPubsubToken = async () => (await api.profile()).pubsub_token;

export function AgentApp({ userId, children }: { userId: number; children: ReactNode }) {
  return (
    <UniLinkProvider
      url="https://chat.example.com"
      pubsubToken={currentPubsubToken}
      accountId={1}
      userId={userId}
      api={api}
    >
      {children}
    </UniLinkProvider>
  );
}
