import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpHandler } from "../server/ws-transport";
import type { CableReport } from "./cable-report";
import type { DevServerConfig } from "./dev-config";

/** What the dev endpoints act on. */
export interface ControlTarget {
  /** The config, signed in as the agent `agentId` when given (default: the first agent). */
  config(agentId?: number): DevServerConfig;
  /** Open sockets, subscriptions and presence beats (no tokens). */
  cable(): CableReport;
  /**
   * Terminates every socket (no close frame) and refuses new ones for
   * `downMs`; returns how many were open.
   */
  dropSockets(downMs: number): number;
  /** Disconnects everyone like a server restart (`disconnect` frame, reconnect: true). */
  restart(): number;
  /** Changes the traffic rate (events per minute, 0 = off). */
  setTrafficRate(rate: number): void;
  /** A user's picture (SVG), or undefined for an unknown user. */
  avatar(userId: number): string | undefined;
}

const AVATAR_PATH = /^\/__dev\/avatars\/users\/(\d+)\.svg$/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  if (text.trim() === "") return {};
  const value: unknown = JSON.parse(text);
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

const INDEX = `UniLink dev server

GET  /__dev/config        URLs, ids and tokens for apps (?agent=<user id>: as that agent)
GET  /__dev/cable         open sockets, subscriptions and agents' presence beats
POST /__dev/drop-sockets  drop every socket abruptly ({"downMs": n}: refuse new ones for n ms)
POST /__dev/restart       disconnect everyone like a server restart
POST /__dev/traffic       {"rate": n} simulated events per minute (0 = off)
GET  /__dev/avatars/users/<id>.svg  generated user pictures (the seeded users' avatar_url)

The platform's REST API is under /api/v1 (agents) and /public/api/v1 (contacts); the socket is /cable.
`;

async function route(target: ControlTarget, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const key = `${req.method} ${url.pathname}`;
  const avatarId = req.method === "GET" ? AVATAR_PATH.exec(url.pathname)?.[1] : undefined;
  if (avatarId !== undefined) {
    const svg = target.avatar(Number(avatarId));
    if (svg === undefined) json(res, 404, { error: "Resource could not be found" });
    else {
      res.writeHead(200, {
        "Content-Type": "image/svg+xml",
        "Cache-Control": "public, max-age=3600",
      });
      res.end(svg);
    }
    return;
  }
  switch (key) {
    case "GET /":
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" }).end(INDEX);
      return;
    case "GET /__dev/config": {
      const agent = url.searchParams.get("agent");
      const agentId = agent === null ? undefined : Number(agent);
      if (agentId !== undefined && !Number.isInteger(agentId)) {
        json(res, 422, { error: "agent must be a user id" });
        return;
      }
      json(res, 200, target.config(agentId));
      return;
    }
    case "GET /__dev/cable":
      json(res, 200, target.cable());
      return;
    case "POST /__dev/drop-sockets": {
      const downMs = Number((await readJson(req)).downMs ?? url.searchParams.get("downMs") ?? 0);
      if (!Number.isFinite(downMs) || downMs < 0) {
        json(res, 422, { error: "downMs must be a number >= 0" });
        return;
      }
      json(res, 200, { dropped: target.dropSockets(downMs), downMs });
      return;
    }
    case "POST /__dev/restart":
      json(res, 200, { disconnected: target.restart() });
      return;
    case "POST /__dev/traffic": {
      const rate = Number((await readJson(req)).rate ?? url.searchParams.get("rate"));
      if (!Number.isFinite(rate) || rate < 0) {
        json(res, 422, { error: "rate must be a number >= 0" });
        return;
      }
      target.setTrafficRate(rate);
      json(res, 200, { rate });
      return;
    }
    default:
      json(res, 404, { error: "Resource could not be found" });
  }
}

/** The `/__dev/*` endpoints (and a plain-text index at `/`) as the fake server's HTTP handler. */
export function devControlRoutes(target: ControlTarget): HttpHandler {
  return (req, res) => {
    route(target, req, res).catch(() => {
      if (!res.headersSent) json(res, 400, { error: "invalid request" });
    });
  };
}
