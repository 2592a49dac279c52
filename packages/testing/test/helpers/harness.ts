import { afterEach } from "vitest";
import type { FakeUniLinkServer } from "../../src/index";
import { createFakeUniLinkServer, type FakeUniLinkServerOptions } from "../../src/index";
import { openClient, type RawClient } from "./raw-client";

/** Starts servers/clients for a test and closes them all in afterEach. */
export function useHarness() {
  const servers: FakeUniLinkServer[] = [];
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return {
    async server(options: FakeUniLinkServerOptions = {}) {
      const server = await createFakeUniLinkServer(options);
      servers.push(server);
      return server;
    },
    /** Opens a client and waits for its `welcome`. */
    async client(server: FakeUniLinkServer, protocols?: string[]) {
      const client = await openClient(server.url, protocols);
      clients.push(client);
      await client.until(() => client.frames.includes('{"type":"welcome"}'));
      return client;
    },
    track(client: RawClient) {
      clients.push(client);
      return client;
    },
  };
}
