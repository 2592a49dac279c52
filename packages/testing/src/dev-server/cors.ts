import type { IncomingMessage, Server, ServerResponse } from "node:http";

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "api_access_token, content-type, authorization",
  "Access-Control-Max-Age": "600",
};

/**
 * Lets pages on other origins (the apps' dev servers) call the REST API:
 * every answer gets CORS headers and preflight `OPTIONS` requests are
 * answered here. Call it after the fake server attached its request
 * listener; that listener keeps handling everything else. No credentials
 * are involved (agents send `api_access_token`), so `*` is enough.
 */
export function allowCrossOrigin(http: Server): void {
  const handlers = http.listeners("request") as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  http.removeAllListeners("request");
  http.on("request", (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    for (const handler of handlers) handler.call(http, req, res);
  });
}
