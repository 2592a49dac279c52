// app/page.tsx in a Next.js App Router app: a Server Component. It imports the
// provider and the components straight from @unilink/react, whose entry is marked
// "use client"; they render on the server and hydrate in the browser. Hooks go in
// your own Client Components (files starting with "use client"), such as Dashboard.
import { ConnectionBanner, ConversationList, UniLinkProvider } from "@unilink/react";

// Read the token per request, not at build time.
export const dynamic = "force-dynamic";

export default function Page() {
  return (
    <UniLinkProvider
      url="https://chat.example.com"
      pubsubToken={process.env.UNILINK_PUBSUB_TOKEN ?? ""}
      accountId={1}
      userId={7}
    >
      <ConnectionBanner />
      {/* Pass a fixed locale: the server's and the browser's default may differ. */}
      <ConversationList locale="en-US" />
    </UniLinkProvider>
  );
}
