// The only Node-facing part of the REST layer (type imports only): the fake server's
// HTTP port feeds requests through here. Everything else in rest/ runs in a browser too.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeRestApi } from "./fake-rest-api";
import { formToObject } from "./form-body";

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array);
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

async function parseBody(raw: Uint8Array<ArrayBuffer>, contentType: string): Promise<unknown> {
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    return formToObject(form);
  }
  const text = new TextDecoder().decode(raw);
  return text.trim() === "" ? undefined : JSON.parse(text);
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      out[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/** Serves one node http request with the fake REST API. Never throws. */
export async function serveRest(
  rest: FakeRestApi,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] ??= value;
    let body: unknown;
    try {
      body = await parseBody(await readBody(req), req.headers["content-type"] ?? "");
    } catch {
      res.writeHead(400, { "Content-Type": "application/json" }).end('{"error":"invalid body"}');
      return;
    }
    const response = await rest.handle({
      method: (req.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query,
      headers: headersOf(req),
      body,
    });
    if (response.drop) {
      req.socket.destroy();
      return;
    }
    const text = response.body === undefined ? "" : JSON.stringify(response.body);
    res.writeHead(response.status, { "Content-Type": "application/json; charset=utf-8" }).end(text);
  } catch {
    if (!res.headersSent) res.writeHead(500).end();
  }
}
