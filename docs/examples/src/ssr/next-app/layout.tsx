// app/layout.tsx: a Server Component (no "use client"). It may be async and read secrets.
import type { ReactNode } from "react";
import { getUniLinkSession } from "./session";
import { UniLinkProviders } from "./unilink-providers";

async function readAccessToken(): Promise<string> {
  // e.g. `(await cookies()).get("session")` and a lookup in your store.
  return process.env.UNILINK_ACCESS_TOKEN ?? "";
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await getUniLinkSession(await readAccessToken(), 1);
  return (
    <html lang="en">
      <body>
        {/* Only serializable props cross into a Client Component: no client, no functions. */}
        <UniLinkProviders session={session}>{children}</UniLinkProviders>
      </body>
    </html>
  );
}
