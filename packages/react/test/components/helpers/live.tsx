import { cleanup, type RenderResult, render } from "@testing-library/react";
import {
  createUniLinkClient,
  type UniLinkClient,
  type UniLinkClientOptions,
  type WebSocketConstructor,
} from "@unilink/core";
import { createFactories, type Factories, InMemoryCableNetwork } from "@unilink/testing";
import type { ReactNode } from "react";
import { afterEach } from "vitest";
import { UniLinkProvider } from "../../../src";

/** The agent and contact every component test connects as. */
export const AGENT = { token: "agent-secret-token-7", accountId: 1, userId: 7 } as const;
export const CONTACT = { token: "contact-secret-token-3", accountId: 1, contactId: 3 } as const;

/** A client connected to an in-memory fake server (no port), and helpers to drive it. */
export interface Live {
  network: InMemoryCableNetwork;
  client: UniLinkClient;
  factories: Factories;
  /** Broadcasts `{event, data}` to the subscriber's token stream. */
  send(frame: { event: string; data: unknown }): void;
  /** Renders `ui` inside `<UniLinkProvider client>`. */
  render(ui: ReactNode): RenderResult;
}

const lives = new Set<Live>();

afterEach(async () => {
  cleanup();
  for (const live of lives) {
    live.client.destroy();
    await live.network.close();
  }
  lives.clear();
});

/**
 * Connects a client (agent by default, or the contact) over the in-memory
 * transport and resolves once its subscription is confirmed.
 */
export async function startLive(
  options: { as?: "agent" | "contact"; seed?: number } & Partial<UniLinkClientOptions> = {},
): Promise<Live> {
  const { as = "agent", seed = 1, ...overrides } = options;
  const network = new InMemoryCableNetwork();
  network.server.addAgent({ token: AGENT.token, accountId: AGENT.accountId, userId: AGENT.userId });
  network.server.addContact({ ...CONTACT });
  const identity =
    as === "agent"
      ? { pubsubToken: AGENT.token, accountId: AGENT.accountId, userId: AGENT.userId }
      : { pubsubToken: CONTACT.token };
  const client = createUniLinkClient({
    url: "https://unilink.test",
    ...identity,
    WebSocket: network.WebSocket as unknown as WebSocketConstructor,
    presenceIntervalMs: 0,
    ...overrides,
  });
  const token = identity.pubsubToken;
  const live: Live = {
    network,
    client,
    factories: createFactories(seed, { startTime: recentToday() }),
    send: (frame) => network.server.broadcast(token, frame.event, frame.data),
    render: (ui) =>
      render(ui, {
        wrapper: ({ children }) => <UniLinkProvider client={client}>{children}</UniLinkProvider>,
      }),
  };
  lives.add(live);
  client.connect();
  await network.server.waitFor(() => network.server.subscriptionCount === 1);
  await new Promise<void>((resolve) => {
    if (client.status === "connected") resolve();
    else client.onStatus((status) => status === "connected" && resolve());
  });
  return live;
}

/**
 * Unix seconds about an hour ago, but never before local midnight: factory
 * messages must fall on today's date whatever time the suite runs at.
 */
function recentToday(): number {
  const now = new Date();
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  return Math.floor(Math.max(midnight, now.getTime() - 3_600_000) / 1000);
}
