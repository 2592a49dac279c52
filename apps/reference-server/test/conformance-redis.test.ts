import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, destroyTestClients, nextEvent } from "./support/client-harness";
import { messageCreatedData } from "./support/platform-payloads";
import { type ReferenceServer, startReferenceServer } from "./support/reference-server";
import { uniqueToken } from "./support/unique-token";

describe("real Rails ActionCable server (two puma processes, Redis adapter): @unilink/core client", () => {
  let server: ReferenceServer;

  beforeAll(async () => {
    server = await startReferenceServer({ redis: true, processes: 2 });
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    destroyTestClients();
  });

  async function clientOnSecondProcess() {
    const token = uniqueToken("agent");
    await server.addTokens({ agents: [{ token, account_id: 1, user_id: 1 }] });
    const harness = createTestClient({
      url: server.urls[1] ?? "",
      pubsubToken: token,
      accountId: 1,
      userId: 1,
    });
    harness.client.connect();
    await harness.reach("connected");
    return { ...harness, token };
  }

  it("receives on process 2 what was broadcast through process 1", async () => {
    const agent = await clientOnSecondProcess();
    const received = nextEvent<{ id: number }>(agent.client, "message.created");
    await server.broadcast(agent.token, "message.created", messageCreatedData(1, 50, 9100), 0);
    expect(await received).toMatchObject({ id: 9100 });
  });

  it("recovers when its puma process crashes and comes back mid-run", async () => {
    const agent = await clientOnSecondProcess();
    const crashed = agent.reach("reconnecting");
    await server.restartProcess(1);
    await crashed;
    await agent.reach("connected", 10000);
    const received = nextEvent<{ id: number }>(agent.client, "message.created");
    await server.broadcast(agent.token, "message.created", messageCreatedData(1, 51, 9101), 0);
    expect(await received).toMatchObject({ id: 9101 });
  });
});
