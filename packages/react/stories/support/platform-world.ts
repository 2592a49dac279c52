import {
  createAgentApi,
  createUniLinkClient,
  type UniLinkClient,
  type WebSocketConstructor,
} from "@unilink/core";
import {
  type AgentHandle,
  type ContactHandle,
  createPlatformFetch,
  FakePlatform,
  FakeRestApi,
  InMemoryCableNetwork,
  type PlatformConversationPayload,
} from "@unilink/testing/browser";
import { platformXhr } from "./platform-xhr";

/**
 * A whole fake platform in the page (REST answered in-process, sockets over
 * the in-memory network) behind a real agent client: the agent-action
 * stories call the real core actions, and the platform answers and
 * broadcasts exactly as it does for the dev server.
 */
export interface PlatformWorld {
  platform: FakePlatform;
  network: InMemoryCableNetwork;
  rest: FakeRestApi;
  /** The signed-in agent. */
  me: AgentHandle;
  /** A colleague, for "another agent did it" scenes. */
  colleague: AgentHandle;
  /** The contact of {@link conversation}. */
  contact: ContactHandle;
  /** An open conversation, with messages. */
  conversation: PlatformConversationPayload;
  client: UniLinkClient;
  /** Closes the client and the network. */
  destroy(): void;
}

function waitUntil(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error("platform world: timed out"));
      else setTimeout(check, 10);
    };
    check();
  });
}

/** Seeds an account (agents, teams, labels, saved replies, a contact with attributes) and connects. */
export async function createPlatformWorld(): Promise<PlatformWorld> {
  const network = new InMemoryCableNetwork();
  const platform = new FakePlatform({ cable: network.server });
  const rest = new FakeRestApi(platform);
  const fetch = createPlatformFetch(rest);
  const me = platform.createAgent({ name: "Ana Lima" });
  const colleague = platform.createAgent({ name: "Bruno Sousa" });
  platform.createAgent({ name: "Chen Wei" });
  platform.createTeam({ name: "Billing", memberIds: [me.id, colleague.id] });
  platform.createTeam({ name: "Technical", memberIds: [colleague.id] });
  platform.createLabel({ title: "billing", color: "#1f93ff" });
  platform.createLabel({ title: "bug", color: "#e5534b" });
  platform.createLabel({ title: "vip", color: "#bf8700" });
  platform.createCannedResponse({
    shortCode: "hello",
    content: "Hello! How can I help you today?",
  });
  platform.createCannedResponse({
    shortCode: "refund",
    content: "I've started your refund; it reaches your account in 3-5 business days.",
  });
  platform.createCannedResponse({ shortCode: "thanks", content: "Thanks for your patience!" });
  const contact = platform.createContact({
    name: "Maria Santos",
    email: "maria@example.com",
    phoneNumber: "+351912345678",
    customAttributes: { plan: "premium", seats: 12 },
    additionalAttributes: { city: "Lisbon", browser: { name: "Firefox", version: "131" } },
  });
  const conversation = platform.createConversation({
    contact,
    labels: ["billing"],
    priority: "high",
    messages: ["Hi! I was charged twice for invoice #7731.", "Can you refund one of them?"],
  });
  platform.createConversation({ contact, status: "resolved", messages: ["Where is my order?"] });

  const client = createUniLinkClient({
    url: "http://platform.invalid",
    pubsubToken: me.pubsubToken,
    accountId: me.accountId,
    userId: me.id,
    WebSocket: network.WebSocket as unknown as WebSocketConstructor,
    presenceIntervalMs: 10_000,
    sleepCheckIntervalMs: 0,
    api: createAgentApi({
      baseUrl: "http://platform.invalid",
      accessToken: me.accessToken,
      accountId: me.accountId,
      fetch,
      XMLHttpRequest: platformXhr(fetch),
    }),
  });
  client.connect();
  await waitUntil(() => client.status === "connected");
  await client.loadConversations({ status: "all" });
  return {
    platform,
    network,
    rest,
    me,
    colleague,
    contact,
    conversation,
    client,
    destroy() {
      client.destroy();
      void network.close();
    },
  };
}
