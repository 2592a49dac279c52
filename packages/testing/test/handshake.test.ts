import { describe, expect, it } from "vitest";
import { useHarness } from "./helpers/harness";
import { openClient } from "./helpers/raw-client";

describe("handshake", () => {
  const h = useHarness();

  it("listens on 127.0.0.1 with a random port and the /cable path", async () => {
    const server = await h.server();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`ws://127.0.0.1:${server.port}/cable`);
    expect(server.httpUrl).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("picks actioncable-v1-json and sends welcome first", async () => {
    const server = await h.server();
    const client = await h.client(server);
    expect(client.ws.protocol).toBe("actioncable-v1-json");
    expect(client.frames[0]).toBe('{"type":"welcome"}');
    expect(server.connectionCount).toBe(1);
    expect(server.openSocketCount).toBe(1);
  });

  it("picks the first known protocol in the client's order, as Rails does", async () => {
    const server = await h.server();
    const client = await h.client(server, ["actioncable-unsupported", "actioncable-v1-json"]);
    expect(client.ws.protocol).toBe("actioncable-unsupported");
  });

  it("answers without a subprotocol when none is known, so such a client fails the handshake", async () => {
    const server = await h.server();
    await expect(openClient(server.url, ["graphql-ws"])).rejects.toThrow(/no subprotocol/);
    const bare = await h.client(server, []);
    expect(bare.ws.protocol).toBe("");
    expect(bare.frames[0]).toBe('{"type":"welcome"}');
  });

  it("does not require an Origin header", async () => {
    const server = await h.server();
    const client = await h.client(server);
    expect(client.frames).toContain('{"type":"welcome"}');
  });

  it("answers 404 on plain GET /cable and unknown paths, and hands other requests to handleHttp", async () => {
    const server = await h.server({
      handleHttp: (req, res) => {
        res
          .writeHead(200, { "Content-Type": "application/json" })
          .end(JSON.stringify({ path: req.url }));
      },
    });
    const cable = await fetch(`${server.httpUrl}/cable`);
    expect(cable.status).toBe(404);
    expect(await cable.text()).toBe("Page not found");
    const api = await fetch(`${server.httpUrl}/api/v1/profile`);
    expect(await api.json()).toEqual({ path: "/api/v1/profile" });
    server.setHttpHandler(undefined);
    expect((await fetch(`${server.httpUrl}/api/v1/profile`)).status).toBe(404);
    await expect(openClient(`ws://127.0.0.1:${server.port}/other`)).rejects.toThrow(/404/);
  });
});
