// A Server Component: it imports the provider and components straight from
// @unilink/react (no wrapper file), which works because the package's entry
// is marked "use client".
import { ConnectionBanner, ConversationList, UniLinkProvider } from "@unilink/react";
import { InboxSummary } from "./inbox-summary";

// The server to connect to is read per request, from the environment `next start` runs in.
export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <UniLinkProvider
      url={process.env.UNILINK_URL ?? ""}
      pubsubToken={process.env.UNILINK_TOKEN ?? ""}
      accountId={1}
      userId={1}
    >
      <ConnectionBanner />
      <InboxSummary />
      <ConversationList locale="en-US" />
    </UniLinkProvider>
  );
}
