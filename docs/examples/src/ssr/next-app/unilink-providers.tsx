"use client";
// A Client Component: @unilink/react uses hooks and context, so it is imported only from
// files marked "use client". The layout (a Server Component) renders this one.
import { UniLinkProvider } from "@unilink/react";
import type { ReactNode } from "react";
import type { UniLinkSession } from "./session";

export function UniLinkProviders({
  session,
  children,
}: {
  session: UniLinkSession;
  children: ReactNode;
}) {
  // On the server this renders, creates an idle client and never connects.
  // In the browser the client connects after hydration, in an effect.
  return (
    <UniLinkProvider
      url={session.url}
      pubsubToken={session.pubsubToken}
      accountId={session.accountId}
      userId={session.userId}
      onError={(error) => console.warn(error.code, error.message)}
    >
      {children}
    </UniLinkProvider>
  );
}
