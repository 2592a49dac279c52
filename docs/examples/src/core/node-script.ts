// A Node script that watches one account and prints every new message.
// Run with: UNILINK_URL=https://chat.example.com UNILINK_TOKEN=... node watch.js
import { createAgentApi, createUniLinkClient } from "@unilink/core";
import { WebSocket } from "ws";

const baseUrl = process.env.UNILINK_URL ?? "https://chat.example.com";
const accessToken = process.env.UNILINK_TOKEN ?? "";
const accountId = Number(process.env.UNILINK_ACCOUNT ?? 1);

// The access token is for REST; the socket needs the agent's pubsub_token.
const api = createAgentApi({ baseUrl, accessToken, accountId });
const profile = await api.profile();

const client = createUniLinkClient({
  url: baseUrl, // https://host becomes wss://host/cable
  pubsubToken: profile.pubsub_token,
  accountId,
  userId: profile.id,
  api,
  // Node 20 has no global WebSocket: pass `ws` (its typings differ from the DOM's, hence the cast).
  WebSocket: WebSocket,
  onError: (error) => console.warn(`[${error.code}] ${error.message}`), // never contains a token
});

client.onStatus((status, previous) => console.log(`status: ${previous} -> ${status}`));
client.on("message.created", (message) => {
  const author = message.sender?.name ?? "someone";
  console.log(`#${message.conversation_id} ${author}: ${message.content ?? ""}`);
});

client.connect();
// With an api the client can also load what happened before it connected.
const outcome = await client.loadConversations({ status: "open" });
if (!outcome.ok) console.warn("could not load conversations:", outcome.error.message);

process.on("SIGINT", () => {
  client.destroy(); // closes the socket and clears every timer, so Node can exit
});
