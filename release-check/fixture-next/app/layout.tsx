import "@unilink/react/styles.css";
import type { ReactNode } from "react";

export const metadata = { title: "UniLink on the Next.js App Router" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
