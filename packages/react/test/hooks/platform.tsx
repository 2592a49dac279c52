import { cleanup, type RenderResult, render } from "@testing-library/react";
import {
  createAgentApi,
  type FetchLike,
  type UniLinkClient,
  type UniLinkClientOptions,
  type WebSocketConstructor,
} from "@unilink/core";
import {
  type AgentHandle,
  createFakeUniLinkServer,
  type FakePlatformServer,
} from "@unilink/testing";
import { type ReactNode, StrictMode } from "react";
import { afterEach } from "vitest";
import { WebSocket } from "ws";
import { UniLinkProvider } from "../../src";
import { CaptureClient } from "../helpers/probes";
import { StatusProbe, waitForStatus } from "../helpers/render";

/** A platform server (cable + REST on one loopback port), its agent, and the rendered client. */
export interface PlatformSetup {
  server: FakePlatformServer;
  agent: AgentHandle;
  /** The provider's client (throws before {@link renderAgent}). */
  readonly client: UniLinkClient;
}

const servers = new Set<FakePlatformServer>();
const capture = new WeakMap<PlatformSetup, (client: UniLinkClient) => void>();

// Unmount first (the owned client is destroyed a microtask later), then stop the servers.
afterEach(async () => {
  cleanup();
  await Promise.resolve();
  const open = [...servers];
  servers.clear();
  await Promise.all(open.map((server) => server.close()));
});

/** Starts a fake platform with agent Ana; closed after the test. */
export async function startPlatform(): Promise<PlatformSetup> {
  const server = await createFakeUniLinkServer({ platform: true });
  servers.add(server);
  const agent = server.platform.createAgent({ name: "Ana" });
  let captured: UniLinkClient | undefined;
  const setup: PlatformSetup = {
    server,
    agent,
    get client() {
      if (!captured) throw new Error("renderAgent first");
      return captured;
    },
  };
  capture.set(setup, (client) => {
    captured = client;
  });
  return setup;
}

/** Options for Ana over `ws`, with a REST api on the same port (its `fetch` may be wrapped). */
export function agentClientOptions(
  setup: PlatformSetup,
  overrides: Partial<UniLinkClientOptions> & { fetch?: FetchLike } = {},
): UniLinkClientOptions {
  const { server, agent } = setup;
  const { fetch, ...rest } = overrides;
  return {
    url: server.url,
    pubsubToken: agent.pubsubToken,
    accountId: agent.accountId,
    userId: agent.id,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    presenceIntervalMs: 0,
    sleepCheckIntervalMs: 0,
    api: createAgentApi({
      baseUrl: server.httpUrl,
      accessToken: agent.accessToken,
      accountId: agent.accountId,
      fetch,
    }),
    ...rest,
  };
}

/**
 * Renders `ui` inside a provider that owns Ana's client (as `wrapper`, so
 * `rerender` keeps it), optionally under StrictMode. With `waitConnected`
 * (default) it resolves once the subscription is confirmed.
 */
export async function renderAgent(
  setup: PlatformSetup,
  ui: ReactNode,
  options: {
    strict?: boolean;
    waitConnected?: boolean;
    client?: Partial<UniLinkClientOptions> & { fetch?: FetchLike };
  } = {},
): Promise<RenderResult> {
  const clientOptions = agentClientOptions(setup, options.client);
  const set = capture.get(setup) ?? (() => {});
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <UniLinkProvider {...clientOptions}>
        <CaptureClient onClient={set} />
        <StatusProbe />
        {children}
      </UniLinkProvider>
    );
    return options.strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const result = render(ui, { wrapper });
  if (options.waitConnected !== false) await waitForStatus("connected");
  return result;
}

/** REST calls the server received with this method and path ending. */
export function requests(server: FakePlatformServer, method: string, pathEnd: string) {
  return server.rest.requests.filter((r) => r.method === method && r.path.endsWith(pathEnd));
}

/**
 * Holds the platform's answers to requests whose path ends with `pathEnd`
 * until `release()`, so a test can look at the loading state.
 */
export function holdRequests(server: FakePlatformServer, pathEnd: string): { release(): void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const remove = server.rest.use(async (request, next) => {
    if (request.path.endsWith(pathEnd)) await gate;
    return next();
  });
  return {
    release() {
      remove();
      release();
    },
  };
}

/**
 * Connects first, then mounts `ui`: its loads then happen on a live socket,
 * so core's catch-up resync after the first subscribe does not refetch them.
 */
export async function renderAgentConnected(
  setup: PlatformSetup,
  ui: ReactNode,
  options: Parameters<typeof renderAgent>[2] = {},
): Promise<RenderResult> {
  const result = await renderAgent(setup, null, options);
  result.rerender(ui);
  return result;
}
