import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type CableProbe, openCableProbe } from "./support/cable-probe";
import {
  type DevServerProcess,
  runDevServerCommand,
  startDevServerProcess,
} from "./support/dev-server-process";
import { agentApi, contactApi, type DevConfig, devConfigOf, request } from "./support/rest";

const servers: DevServerProcess[] = [];
const probes: CableProbe[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const probe of probes.splice(0)) probe.close();
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(...args: string[]) {
  const server = await startDevServerProcess(["--port", "0", ...args]);
  servers.push(server);
  return { server, config: await devConfigOf(server.url) };
}

async function probe(cableUrl: string, params: Record<string, string | number>) {
  const opened = await openCableProbe(cableUrl, params);
  probes.push(opened);
  return opened;
}

describe("unilink-dev-server", () => {
  it("prints the URLs and tokens it serves, and the same in /__dev/config", async () => {
    const { server, config } = await start("--no-traffic");
    const output = server.output();
    expect(output).toContain(config.cableUrl);
    expect(output).toContain(config.agent.accessToken);
    expect(output).toContain(config.agent.pubsubToken);
    expect(output).toContain(config.inboxIdentifier);
    expect(output).toContain(`account id      ${config.accountId}`);
    const page = await agentApi(config).conversations("?status=all&assignee_type=all");
    expect(page.data.meta.all_count).toBe(200);
  });

  it("generates the same account from the same seed", async () => {
    const first = (await start("--no-traffic", "--seed", "7")).config;
    const second = (await start("--no-traffic", "--seed", "7")).config;
    expect(second.agent.accessToken).toBe(first.agent.accessToken);
    expect(second.inboxIdentifier).toBe(first.inboxIdentifier);
    const listOf = async (config: typeof first) =>
      (await agentApi(config).conversations("?status=all")).data.payload.map((c) => c.id);
    expect(await listOf(second)).toEqual(await listOf(first));
  });

  it("answers CORS preflights and REST calls from other origins", async () => {
    const { config } = await start("--no-traffic");
    const preflight = await fetch(`${config.url}/api/v1/profile`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:5173",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "api_access_token",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toContain("api_access_token");
    const profile = await fetch(`${config.url}/api/v1/profile`, {
      headers: { api_access_token: config.agent.accessToken, Origin: "http://127.0.0.1:5173" },
    });
    expect(profile.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await profile.json()) as { pubsub_token: string }).pubsub_token).toBe(
      config.agent.pubsubToken,
    );
  });

  it("broadcasts REST messages like the platform: private notes reach agents, never the contact", async () => {
    const { config } = await start("--no-traffic");
    const contacts = contactApi(config);
    const contact = await contacts.create("Robin Probe");
    const conversation = await contacts.createConversation(contact.source_id);
    const agent = await probe(config.cableUrl, {
      pubsub_token: config.agent.pubsubToken,
      account_id: config.accountId,
      user_id: config.agent.userId,
    });
    const customer = await probe(config.cableUrl, { pubsub_token: contact.pubsub_token });

    await contacts.send(contact.source_id, conversation.id, "Hello from the probe");
    await agentApi(config).send(conversation.id, "Internal: check the invoice", true);
    await agentApi(config).send(conversation.id, "Hi Robin, happy to help");

    const isMessage = (content: string) => (e: { event: string; data: Record<string, unknown> }) =>
      e.event === "message.created" && e.data.content === content;
    await agent.waitFor(isMessage("Hello from the probe"));
    await agent.waitFor(isMessage("Internal: check the invoice"));
    await agent.waitFor(isMessage("Hi Robin, happy to help"));
    // The public reply was sent after the note; once it arrived the note would have too.
    await customer.waitFor(isMessage("Hi Robin, happy to help"));
    const contents = customer.events.map((e) => e.data.content);
    expect(contents).toContain("Hello from the probe");
    expect(contents).not.toContain("Internal: check the invoice");
  });

  it("drops every socket and refuses new ones for downMs", async () => {
    const { config } = await start("--no-traffic");
    const agent = await probe(config.cableUrl, {
      pubsub_token: config.agent.pubsubToken,
      account_id: config.accountId,
      user_id: config.agent.userId,
    });
    const answer = await request<{ dropped: number }>(`${config.url}/__dev/drop-sockets`, {
      body: { downMs: 60_000 },
    });
    expect(answer.dropped).toBe(1);
    expect(await agent.closed).toBe(1006);
    await expect(openCableProbe(config.cableUrl, { pubsub_token: "x" })).rejects.toThrow(/503/);
    await request(`${config.url}/__dev/drop-sockets`, { body: { downMs: 0 } });
    await probe(config.cableUrl, {
      pubsub_token: config.agent.pubsubToken,
      account_id: config.accountId,
      user_id: config.agent.userId,
    });
  });

  it("simulates traffic through the platform once a rate is set", async () => {
    const { config } = await start("--no-traffic");
    expect(config.trafficRate).toBe(0);
    const agent = await probe(config.cableUrl, {
      pubsub_token: config.agent.pubsubToken,
      account_id: config.accountId,
      user_id: config.agent.userId,
    });
    await request(`${config.url}/__dev/traffic`, { body: { rate: 1200 } });
    const seen = new Set<string>();
    await agent.waitFor((e) => {
      seen.add(e.event);
      return seen.has("message.created") && seen.has("conversation.typing_on");
    });
    expect((await devConfigOf(config.url)).trafficRate).toBe(1200);
  });

  it("keeps history and tokens in the --data file across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "unilink-dev-"));
    dirs.push(dir);
    const file = join(dir, "state.json");
    const first = await start("--no-traffic", "--data", file);
    expect(first.server.output()).toContain("(new, seed 42)");
    const contacts = contactApi(first.config);
    const contact = await contacts.create("Kept Across Restarts");
    const conversation = await contacts.createConversation(contact.source_id);
    await contacts.send(contact.source_id, conversation.id, "Remember me");
    expect(await first.server.stop()).toBe(0);
    servers.splice(servers.indexOf(first.server), 1);

    const second = await start("--no-traffic", "--data", file);
    expect(second.server.output()).toContain("(restored)");
    expect(second.config.agent.accessToken).toBe(first.config.agent.accessToken);
    const history = await contactApi(second.config).messages(contact.source_id, conversation.id);
    expect(history.map((m) => m.content)).toEqual(["Remember me"]);
  });

  it("seeds the agent workspace, signs in any agent with ?agent=, and keeps workspace changes in --data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "unilink-dev-"));
    dirs.push(dir);
    const file = join(dir, "state.json");
    const first = await start("--no-traffic", "--data", file);
    const { config } = first;
    const account = `${config.url}/api/v1/accounts/${config.accountId}`;
    const headers = { api_access_token: config.agent.accessToken };
    const get = <T>(path: string) => request<T>(`${account}${path}`, { headers });
    const agents = await get<{ id: number; name: string }[]>("/agents");
    expect(agents).toHaveLength(5);
    const teams = await get<{ name: string }[]>("/teams");
    expect(teams.map((t) => t.name)).toEqual(["Billing", "Technical"]);
    const labels = await get<{ payload: { title: string; color: string }[] }>("/labels");
    expect(labels.payload.find((l) => l.title === "billing")?.color).toMatch(/^#[0-9a-f]{6}$/);
    const canned = await get<{ short_code: string }[]>("/canned_responses");
    expect(canned.map((c) => c.short_code)).toContain("refund");
    const second = agents[1] as { id: number; name: string };
    const other = await request<DevConfig>(`${config.url}/__dev/config?agent=${second.id}`);
    expect(other.agent).toMatchObject({ userId: second.id, name: second.name });
    expect(other.agent.accessToken).not.toBe(config.agent.accessToken);
    // A workspace change survives a restart.
    const list = await agentApi(config).conversations("?status=all");
    const id = list.data.payload[0]?.id as number;
    await request(`${account}/conversations/${id}/toggle_priority`, {
      body: { priority: "urgent" },
      headers,
    });
    expect(await first.server.stop()).toBe(0);
    servers.splice(servers.indexOf(first.server), 1);
    const restarted = await start("--no-traffic", "--data", file);
    const after = await request<{ priority: string | null }>(
      `${account.replace(config.url, restarted.config.url)}/conversations/${id}`,
      { headers },
    );
    expect(after.priority).toBe("urgent");
  });

  it("explains bad flags and a port in use", async () => {
    const bad = await runDevServerCommand(["--rate", "fast"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--rate expects a whole number");
    expect(bad.stderr).toContain("Usage: unilink-dev-server");

    const { server } = await start("--no-traffic", "--conversations", "5");
    const port = new URL(server.url).port;
    const busy = await runDevServerCommand(["--port", port, "--no-traffic"]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
  });
});
