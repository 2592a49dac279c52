import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakePlatform } from "../platform/fake-platform";
import { FakeUniLinkServer } from "../server/ws-transport";
import { avatarSvg } from "./avatar";
import { watchCable } from "./cable-report";
import { devControlRoutes } from "./control-routes";
import { allowCrossOrigin } from "./cors";
import { type DevServerConfig, devConfig } from "./dev-config";
import type { DevServerOptions } from "./options";
import { DataFileWriter, loadPlatformData } from "./persistence";
import { keepColleaguesPresent } from "./presence-keeper";
import { generateAccountData } from "./seed/generate-account";
import { socketOutage } from "./socket-outage";
import { TrafficSimulator } from "./traffic-simulator";

/** A running dev server. */
export interface DevServer {
  /** `http://host:port`: REST base; the socket is `/cable` on the same port. */
  readonly url: string;
  readonly port: number;
  /** The fake server (socket control, faults). */
  readonly server: FakeUniLinkServer;
  /** The platform model (the truth). */
  readonly platform: FakePlatform;
  /** The traffic simulator. */
  readonly traffic: TrafficSimulator;
  /** Whether the state came from the data file. */
  readonly restored: boolean;
  /** What `GET /__dev/config` answers. */
  config(agentId?: number): DevServerConfig;
  /** Stops the simulator, saves the data file, closes every socket and the port. */
  close(): Promise<void>;
}

/** How often due snoozed conversations are reopened. */
const SNOOZE_CHECK_MS = 5_000;

/** Logs kept for tests grow forever in a long-running server; keep the tail only. */
const KEPT_LOG_ENTRIES = 500;

function listen(http: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`port ${port} on ${host} is in use (pass --port <n>, or 0 for any free port)`)
          : error,
      );
    };
    http.once("error", onError);
    http.listen(port, host, () => {
      http.off("error", onError);
      resolve();
    });
  });
}

function trim(log: unknown[]): void {
  if (log.length > KEPT_LOG_ENTRIES) log.splice(0, log.length - KEPT_LOG_ENTRIES);
}

/**
 * Starts the UniLink stand-in: REST and `/cable` on one port, the generated
 * account (or the data file's state), the traffic simulator and the
 * `/__dev/*` endpoints, with CORS so apps on other ports can call it.
 */
export async function startDevServer(
  options: DevServerOptions,
  onError: (error: unknown) => void = () => {},
): Promise<DevServer> {
  const saved = options.dataFile ? loadPlatformData(options.dataFile) : undefined;
  const data =
    saved ??
    generateAccountData({
      seed: options.seed,
      conversations: options.conversations,
      now: Date.now(),
    });
  const http = createServer();
  await listen(http, options.port, options.host);
  const { port } = http.address() as AddressInfo;
  const server = new FakeUniLinkServer(http, {
    host: options.host,
    platform: {
      data,
      seed: options.seed,
      avatarBaseUrl: `http://${options.host}:${port}/__dev/avatars`,
    },
  });
  const platform = server.platform as FakePlatform;
  allowCrossOrigin(http);
  const outage = socketOutage(http);

  const accountId = platform.defaultAccountId;
  const meId = platform.runtime.ctx.agentsOf(accountId)[0]?.id ?? 1;
  const markOnline = server.markOnline.bind(server);
  const traffic = new TrafficSimulator({
    platform,
    markOnline,
    meId,
    accountId,
    seed: options.seed,
    rate: options.rate,
    onError,
  });
  const stopPresence = keepColleaguesPresent(platform, markOnline, accountId, meId);
  const writer = options.dataFile
    ? new DataFileWriter(options.dataFile, () => platform.runtime.ctx.data, onError)
    : undefined;
  writer?.flush();
  writer?.start();
  // The platform reopens snoozed conversations from a periodic job; every few seconds here.
  const snoozeJob = setInterval(() => platform.reopenDueSnoozed(), SNOOZE_CHECK_MS);
  const trimmer = setInterval(() => {
    trim(platform.runtime.bus.log);
    if (server.rest) trim(server.rest.requests);
    trim(server.commands);
  }, 10_000);

  const config = (agentId?: number) => devConfig(platform, server.httpUrl, traffic.rate, agentId);
  const cable = watchCable(server);
  server.setHttpHandler(
    devControlRoutes({
      config,
      cable: () => cable.report(),
      dropSockets: (downMs) => {
        const open = server.openSocketCount;
        outage.begin(downMs);
        server.dropAll();
        return open;
      },
      restart: () => {
        const open = server.openSocketCount;
        server.disconnectAll({ reason: "server_restart", reconnect: true });
        return open;
      },
      setTrafficRate: (rate) => traffic.setRate(rate),
      avatar: (userId) => {
        const user = platform.runtime.ctx.data.users.find((u) => u.id === userId);
        return user ? avatarSvg(user.id, user.name) : undefined;
      },
    }),
  );
  traffic.start();

  return {
    url: server.httpUrl,
    port: server.port,
    server,
    platform,
    traffic,
    restored: saved !== undefined,
    config,
    async close() {
      traffic.stop();
      stopPresence();
      cable.stop();
      clearInterval(trimmer);
      clearInterval(snoozeJob);
      writer?.stop();
      await server.close();
    },
  };
}
