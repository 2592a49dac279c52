// Starts a fake UniLink server on 127.0.0.1, connects an agent client to it
// with the built @unilink/core, plays a short scripted conversation and
// prints every event and status change the client sees. Ctrl+C to stop early.
import { createUniLinkClient } from "@unilink/core";
import { createFactories, createFakeUniLinkServer, events } from "@unilink/testing";
import { WebSocket } from "ws";

const server = await createFakeUniLinkServer();
const agent = { token: "demo-agent-token", accountId: 1, userId: 1 };
server.addAgent({ ...agent, name: "Ana" });

const client = createUniLinkClient({
  url: server.url,
  pubsubToken: agent.token,
  accountId: agent.accountId,
  userId: agent.userId,
  WebSocket,
  onError: (error) => console.error(`error  ${error.code}: ${error.message}`),
});
client.onStatus((status) => console.log(`status ${status}`));
client.on("*", (event) => console.log(`event  ${event.event}`, summarize(event)));
client.connect();
await server.waitFor(() => client.status === "connected", 10_000);

const f = createFactories(7);
const contact = f.contact({ name: "Bruno" });
const ana = f.user({ id: 1, name: "Ana" });
// A brand-new conversation carries no preview message (`messages: []`), as on the platform:
// the store then holds exactly the messages the events below create.
const conversation = f.conversation({ meta: { sender: contact, assignee: null }, messages: [] });
const script = [
  events.conversationCreated(conversation),
  events.typingOn(conversation, contact, false),
  events.messageCreated(
    f.message({ content: "Hi, my order never arrived" }, { conversation, sender: contact }),
  ),
  events.typingOff(conversation, contact),
  events.typingOn(conversation, ana, false),
  events.messageCreated(
    f.message(
      { content: "Sorry to hear that, checking now", message_type: 1 },
      { conversation, sender: ana },
    ),
  ),
  events.typingOff(conversation, ana),
];
// Paced for a human reader; UNILINK_EXAMPLE_PACE_MS=0 (the example's test) runs it at full speed.
const paceMs = Number(process.env.UNILINK_EXAMPLE_PACE_MS ?? 400);
for (const step of script) {
  server.broadcast(agent.token, step.event, step.data);
  await new Promise((resolve) => setTimeout(resolve, paceMs));
}
await server.waitFor(
  () => (client.store.getState().messages[conversation.id]?.ids.length ?? 0) >= 2,
  10_000,
);

// What the events above left in the store: each message.created added one message.
const state = client.store.getState();
const thread = state.messages[conversation.id] ?? { ids: [], byId: {} };
console.log(
  `\nstore: ${Object.keys(state.conversations).length} conversation(s); #${conversation.id} holds ${thread.ids.length} message(s), one per message.created above:`,
);
for (const id of thread.ids) {
  const message = thread.byId[id];
  const direction = message.message_type === 0 ? "from the contact" : "from the agent  ";
  console.log(`  ${direction} ${JSON.stringify(message.content)}`);
}
client.destroy();
await server.close();

function summarize(event) {
  const d = event.data ?? {};
  if (typeof d.content === "string") return JSON.stringify(d.content);
  if (d.user) return d.user.name;
  if (d.status) return `#${d.id} ${d.status}`;
  return "";
}
