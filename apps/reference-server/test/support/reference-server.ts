import { fileURLToPath } from "node:url";
import { assertDebianPackages, DEBIAN_PACKAGES } from "./debian-packages";
import { freePorts } from "./free-ports";
import { type ManagedProcess, spawnManaged } from "./managed-process";

const APP_DIR = fileURLToPath(new URL("../..", import.meta.url));
// Readiness waits are bounded loops, not synchronisation sleeps.
const READY_ATTEMPTS = 200;
const READY_INTERVAL_MS = 50;

/** An agent's pubsub token; `account_ids` for an agent in several accounts. */
export interface AgentToken {
  token: string;
  user_id: number;
  account_id?: number;
  account_ids?: number[];
}

/** A contact's pubsub token. */
export interface ContactToken {
  token: string;
  contact_id: number;
  account_id: number;
}

/** The server's token table (it stands in for the platform's users and contacts). */
export interface TokenTable {
  agents?: AgentToken[];
  contacts?: ContactToken[];
}

/** Options of {@link startReferenceServer}. */
export interface ReferenceServerOptions {
  /** Use the Redis pub/sub adapter (a private redis-server is started). Forced on with 2 processes. */
  redis?: boolean;
  /** Puma processes sharing one Redis. Default 1. */
  processes?: 1 | 2;
  /** Tokens known from the start. */
  tokens?: TokenTable;
}

/** What `GET /__test/health` answers: this process' sockets and their subscriptions. */
export interface ServerHealth {
  ok: boolean;
  pid: number;
  adapter: "async" | "redis";
  connections: { connection_id: string; subscriptions: string[] }[];
}

/** Body of `POST /__test/disconnect`. */
export interface DisconnectRequest {
  /** Only this socket (`?cid=` in the URL); default every socket of the process. */
  connection_id?: string;
  /** With a reason, a Rails >= 7.1 style disconnect frame is sent before closing. */
  reason?: string;
  reconnect?: boolean;
}

/** A running reference server: one or two puma processes (plus redis). */
export interface ReferenceServer {
  /** `ws://127.0.0.1:<port>/cable`, one per process. */
  readonly urls: string[];
  /** `http://127.0.0.1:<port>`, one per process. */
  readonly httpUrls: string[];
  /** Broadcasts the platform's `{event, data}` message to `stream` through process `processIndex`. */
  broadcast(stream: string, event: string, data: unknown, processIndex?: number): Promise<void>;
  /** Broadcasts any JSON as the frame's `message`. */
  broadcastRaw(stream: string, message: unknown, processIndex?: number): Promise<void>;
  /** Crashes puma `processIndex` (SIGKILL) and starts it again on the same port. */
  restartProcess(processIndex: number): Promise<void>;
  /** `ActionCable.server.restart` in one process: `disconnect/server_restart` to its sockets. */
  restartActionCable(processIndex?: number): Promise<void>;
  /** Drops sockets of one process, see {@link DisconnectRequest}. */
  disconnect(request?: DisconnectRequest, processIndex?: number): Promise<void>;
  /** Adds tokens (to every process; shared through Redis anyway when it is used). */
  addTokens(tokens: TokenTable): Promise<void>;
  /** Forgets tokens: later subscriptions with them fail like a rotated token. */
  revokeTokens(tokens: string[]): Promise<void>;
  /** The sockets and subscriptions of one process. */
  health(processIndex?: number): Promise<ServerHealth>;
  /** Captured output of every process, for failure messages. */
  logs(): string;
  /** Stops every process it started, by PID. */
  stop(): Promise<void>;
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url} -> ${response.status}: ${text}`);
  return JSON.parse(text);
}

async function healthOf(httpUrl: string): Promise<ServerHealth> {
  const response = await fetch(`${httpUrl}/__test/health`, { signal: AbortSignal.timeout(2000) });
  if (!response.ok) throw new Error(`health -> ${response.status}`);
  return (await response.json()) as ServerHealth;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitUntilHealthy(httpUrl: string, process: ManagedProcess): Promise<void> {
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt += 1) {
    if (!process.running()) break;
    try {
      await healthOf(httpUrl);
      return;
    } catch {
      await pause(READY_INTERVAL_MS);
    }
  }
  await process.stop();
  throw new Error(
    `real Rails ActionCable server at ${httpUrl} never became healthy ` +
      `(Debian packages: ${DEBIAN_PACKAGES}). Output:\n${process.output()}`,
  );
}

async function startRedis(port: number): Promise<ManagedProcess> {
  const redis = spawnManaged(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--daemonize",
      "no",
      "--save",
      "",
      "--appendonly",
      "no",
    ],
    { cwd: APP_DIR, env: process.env },
  );
  for (let attempt = 0; attempt < READY_ATTEMPTS; attempt += 1) {
    if (redis.output().includes("Ready to accept connections")) return redis;
    if (!redis.running()) break;
    await pause(READY_INTERVAL_MS);
  }
  await redis.stop();
  throw new Error(`redis-server on port ${port} did not start. Output:\n${redis.output()}`);
}

/**
 * Starts the real Rails ActionCable reference server on random loopback
 * ports and waits until `/__test/health` answers. Throws (never skips) when
 * the Debian packages are missing. Call `stop()` in `afterAll`.
 */
export async function startReferenceServer(
  options: ReferenceServerOptions = {},
): Promise<ReferenceServer> {
  assertDebianPackages();
  const count = options.processes ?? 1;
  const useRedis = options.redis === true || count > 1;
  const [redisPort, ...ports] = await freePorts(count + 1);
  if (redisPort === undefined) throw new Error("no free port");
  const redis = useRedis ? await startRedis(redisPort) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    REF_ADAPTER: useRedis ? "redis" : "async",
    REF_REDIS_URL: useRedis ? `redis://127.0.0.1:${redisPort}/0` : "",
    REF_TOKENS: JSON.stringify(options.tokens ?? {}),
    REF_TOKENS_FILE: "",
  };
  const httpUrls = ports.map((port) => `http://127.0.0.1:${port}`);
  const urls = ports.map((port) => `ws://127.0.0.1:${port}/cable`);
  const spawnPuma = (port: number) =>
    spawnManaged("puma", ["-b", `tcp://127.0.0.1:${port}`, "-t", "4:8", "config.ru"], {
      cwd: APP_DIR,
      env,
    });
  const pumas = ports.map(spawnPuma);
  const stopAll = async () => {
    await Promise.all([...pumas.map((puma) => puma.stop()), redis?.stop()]);
  };
  try {
    await Promise.all(pumas.map((puma, i) => waitUntilHealthy(httpUrls[i] ?? "", puma)));
  } catch (error) {
    await stopAll();
    throw error;
  }

  const httpUrl = (index: number): string => {
    const url = httpUrls[index];
    if (url === undefined) throw new Error(`no process ${index}`);
    return url;
  };

  return {
    urls,
    httpUrls,
    async broadcast(stream, event, data, processIndex = 0) {
      await post(`${httpUrl(processIndex)}/__test/broadcast`, { stream, event, data });
    },
    async broadcastRaw(stream, message, processIndex = 0) {
      await post(`${httpUrl(processIndex)}/__test/broadcast`, { stream, message });
    },
    async restartProcess(processIndex) {
      const url = httpUrl(processIndex);
      const port = ports[processIndex] ?? 0;
      await pumas[processIndex]?.kill();
      const puma = spawnPuma(port);
      pumas[processIndex] = puma;
      await waitUntilHealthy(url, puma);
    },
    async restartActionCable(processIndex = 0) {
      await post(`${httpUrl(processIndex)}/__test/restart`, {});
    },
    async disconnect(request = {}, processIndex = 0) {
      await post(`${httpUrl(processIndex)}/__test/disconnect`, request);
    },
    async addTokens(tokens) {
      await Promise.all(httpUrls.map((url) => post(`${url}/__test/tokens`, tokens)));
    },
    async revokeTokens(tokens) {
      await Promise.all(httpUrls.map((url) => post(`${url}/__test/tokens/revoke`, { tokens })));
    },
    health: (processIndex = 0) => healthOf(httpUrl(processIndex)),
    logs: () =>
      [
        ...pumas.map((puma, i) => `--- puma ${i} ---\n${puma.output()}`),
        redis?.output() ?? "",
      ].join("\n"),
    stop: stopAll,
  };
}
