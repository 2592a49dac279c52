import type { FakePlatform } from "../platform/fake-platform";

/** What `GET /__dev/config` answers: everything an app needs to connect, zero-config. */
export interface DevServerConfig {
  /** Installation URL: REST base and socket origin (`/cable`). */
  url: string;
  /** `ws://host:port/cable`. */
  cableUrl: string;
  accountId: number;
  accountName: string;
  /** The dashboard's agent (the first one, or `?agent=<id>`'s). */
  agent: {
    userId: number;
    name: string;
    email: string;
    /** REST token (`api_access_token` header). */
    accessToken: string;
    /** Socket token. */
    pubsubToken: string;
  };
  /** Every agent of the account (the platform's agents list, for apps without it). */
  agents: { id: number; name: string; availability: string }[];
  /** Website inboxes; the first is the widget's. */
  inboxes: { id: number; name: string; identifier: string }[];
  /** `inbox_identifier` the widget creates its contact in. */
  inboxIdentifier: string;
  /** Simulated events per minute (0 = off). */
  trafficRate: number;
}

/** The dev config of the platform's first account, read now (tokens may have rotated), as its first agent or `agentId`. */
export function devConfig(
  platform: FakePlatform,
  url: string,
  trafficRate: number,
  agentId?: number,
): DevServerConfig {
  const { ctx } = platform.runtime;
  const accountId = platform.defaultAccountId;
  const agents = ctx.agentsOf(accountId);
  // Another agent of the account signs in with `?agent=<id>` (two agents in one browser).
  const me = (agentId !== undefined && agents.find((a) => a.id === agentId)) || agents[0];
  if (!me) throw new Error("the dev server's account has no agent");
  const inboxes = ctx.data.inboxes
    .filter((i) => i.accountId === accountId)
    .map((i) => ({ id: i.id, name: i.name, identifier: i.identifier }));
  return {
    url,
    cableUrl: `${url.replace(/^http/, "ws")}/cable`,
    accountId,
    accountName: ctx.account(accountId).name,
    agent: {
      userId: me.id,
      name: me.name,
      email: me.email,
      accessToken: me.accessToken,
      pubsubToken: me.pubsubToken,
    },
    agents: ctx
      .agentsOf(accountId)
      .map((u) => ({ id: u.id, name: u.name, availability: u.availability })),
    inboxes,
    inboxIdentifier: inboxes[0]?.identifier ?? "",
    trafficRate,
  };
}
