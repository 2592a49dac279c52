// The entry of an agent dashboard (for example Vite's src/main.tsx).
import { createAgentApi } from "@unilink/core";
import { createRoot } from "react-dom/client";
import "@unilink/react/styles.css"; // the components' default theme, once per app
import { Dashboard } from "./Dashboard";

const baseUrl = "https://chat.example.com";

async function start(root: HTMLElement) {
  // The agent's API access token comes from your own backend's session; never bundle it.
  const accessToken = await fetch("/session/unilink-access-token").then((r) => r.text());
  const api = createAgentApi({ baseUrl, accessToken, accountId: 1 });

  // GET /api/v1/profile: the agent's id and pubsub_token (the socket token).
  const profile = await api.profile();

  createRoot(root).render(<Dashboard url={baseUrl} api={api} profile={profile} />);
}

const root = document.getElementById("root");
if (root) void start(root);
