// app/inbox/page.tsx: a Server Component that fetches the first page on the server, so the
// HTML already lists the conversations; LiveInbox takes over in the browser.
import { agentApi } from "../session";
import { LiveInbox } from "./live-inbox";

export default async function InboxPage() {
  const api = agentApi(process.env.UNILINK_ACCESS_TOKEN ?? "", 1);
  const page = await api.listConversations({ status: "open" });
  return <LiveInbox initial={page.payload} />;
}
