import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createFakeUniLinkServer,
  createPlatformFetch,
  type FakePlatformServer,
} from "../src/index";

let server: FakePlatformServer;

beforeEach(async () => {
  server = await createFakeUniLinkServer({
    platform: true,
    handleHttp: (_req, res) => res.writeHead(418).end("teapot"),
  });
});
afterEach(async () => {
  await server.close();
});

function setup() {
  const { platform } = server;
  const ana = platform.createAgent({ name: "Ana" });
  const caio = platform.createAgent({ name: "Caio" });
  const bruno = platform.createContact({ name: "Bruno" });
  return { platform, ana, caio, bruno };
}

async function call(
  path: string,
  options: { method?: string; token?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  if (options.token) headers.api_access_token = options.token;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${server.httpUrl}${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe("fake REST: Application API (agents)", () => {
  it("answers the profile with the pubsub token, and 401 without a valid access token", async () => {
    const { ana } = setup();
    const profile = await call("/api/v1/profile", { token: ana.accessToken });
    expect(profile.status).toBe(200);
    expect(profile.body).toMatchObject({
      id: ana.id,
      pubsub_token: ana.pubsubToken,
      accounts: [{ id: 1 }],
    });
    expect((await call("/api/v1/profile")).status).toBe(401);
    expect((await call("/api/v1/profile", { token: "nope" })).status).toBe(401);
  });

  it("pages conversations 25 at a time with the platform's meta counts", async () => {
    const { platform, ana, bruno } = setup();
    for (let i = 0; i < 30; i++) {
      platform.createConversation({ contact: bruno, assigneeId: i < 4 ? ana.id : null });
    }
    platform.createConversation({ contact: bruno, status: "resolved" });
    const base = "/api/v1/accounts/1/conversations";
    const first = await call(`${base}?status=open&page=1`, { token: ana.accessToken });
    const second = await call(`${base}?status=open&page=2`, { token: ana.accessToken });
    expect(first.body.data.payload).toHaveLength(25);
    expect(second.body.data.payload).toHaveLength(5);
    expect(first.body.data.meta).toEqual({
      mine_count: 4,
      assigned_count: 4,
      unassigned_count: 26,
      all_count: 30,
    });
    const ids = [...first.body.data.payload, ...second.body.data.payload].map(
      (c: { id: number }) => c.id,
    );
    expect(new Set(ids).size).toBe(30);
    const mine = await call(`${base}?assignee_type=me`, { token: ana.accessToken });
    expect(mine.body.data.payload).toHaveLength(4);
    const all = await call(`${base}?status=all&updated_within=3600`, { token: ana.accessToken });
    expect(all.body.data.payload).toHaveLength(31);
  });

  it("serves messages: latest 20, 20 before an id, up to 100 after an id, oldest first", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    for (let i = 1; i <= 150; i++) platform.receiveContactMessage(conversation.id, `m${i}`);
    const path = `/api/v1/accounts/1/conversations/${conversation.id}/messages`;
    const latest = (await call(path, { token: ana.accessToken })).body.payload;
    expect(latest.map((m: { content: string }) => m.content)).toEqual(
      Array.from({ length: 20 }, (_, i) => `m${131 + i}`),
    );
    const before = (await call(`${path}?before=${latest[0].id}`, { token: ana.accessToken })).body
      .payload;
    expect(before.map((m: { id: number }) => m.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => 111 + i),
    );
    const after = (await call(`${path}?after=10`, { token: ana.accessToken })).body.payload;
    expect(after).toHaveLength(100);
    expect(after[0].id).toBe(11);
    expect(after[99].id).toBe(110);
  });

  it("creates a message with echo_id once, however often it is sent", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    const path = `/api/v1/accounts/1/conversations/${conversation.id}/messages`;
    const body = { content: "On its way", private: false, echo_id: "echo-1" };
    const first = await call(path, { method: "POST", token: ana.accessToken, body });
    const second = await call(path, { method: "POST", token: ana.accessToken, body });
    expect(first.body).toMatchObject({ content: "On its way", echo_id: "echo-1", message_type: 1 });
    expect(second.body.id).toBe(first.body.id);
    expect(platform.messages(conversation.id)).toHaveLength(1);
    expect(platform.events.filter((e) => e.event === "message.created")).toHaveLength(1);
  });

  it("toggles status, assigns, reports typing and last seen like the platform", async () => {
    const { platform, ana, caio, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno, messages: ["hi"] });
    const base = `/api/v1/accounts/1/conversations/${conversation.id}`;
    const token = ana.accessToken;
    const status = await call(`${base}/toggle_status`, {
      method: "POST",
      token,
      body: { status: "resolved" },
    });
    expect(status.body.payload).toMatchObject({ success: true, current_status: "resolved" });
    const assigned = await call(`${base}/assignments`, {
      method: "POST",
      token,
      body: { assignee_id: caio.id },
    });
    expect(assigned.body).toMatchObject({ id: caio.id, type: "user" });
    const typing = { typing_status: "on", is_private: true };
    expect(
      (await call(`${base}/toggle_typing_status`, { method: "POST", token, body: typing })).status,
    ).toBe(200);
    expect(platform.conversation(conversation.id).unread_count).toBe(1);
    await call(`${base}/update_last_seen`, { method: "POST", token });
    expect(platform.conversation(conversation.id).unread_count).toBe(0);
    const names = platform.events.map((e) => e.event);
    expect(names).toContain("conversation.status_changed");
    expect(names).toContain("assignee.changed");
    const typingEvent = platform.events.find((e) => e.event === "conversation.typing_on");
    expect(typingEvent?.streams).toEqual([caio.pubsubToken]);
    expect(
      (await call(`/api/v1/accounts/1/notifications`, { token: caio.accessToken })).body.data.meta,
    ).toMatchObject({
      unread_count: 1,
      count: 1,
    });
  });

  it("answers 404 for unknown conversations and 401 for another account", async () => {
    const { platform, ana } = setup();
    platform.createAccount({ name: "Other" });
    expect(
      (await call("/api/v1/accounts/1/conversations/99", { token: ana.accessToken })).status,
    ).toBe(404);
    expect(
      (await call("/api/v1/accounts/2/conversations", { token: ana.accessToken })).status,
    ).toBe(401);
  });
});

describe("fake REST: public Client API (contacts)", () => {
  const inboxPath = (contact: { inboxIdentifier: string }) =>
    `/public/api/v1/inboxes/${contact.inboxIdentifier}`;

  it("creates a contact session, a conversation and messages; answers lack echo_id", async () => {
    const { platform, bruno } = setup();
    const created = await call(`${inboxPath(bruno)}/contacts`, {
      method: "POST",
      body: { name: "Lia", email: "lia@example.com" },
    });
    expect(created.body).toMatchObject({
      name: "Lia",
      source_id: expect.any(String),
      pubsub_token: expect.any(String),
    });
    const contact = `${inboxPath(bruno)}/contacts/${created.body.source_id}`;
    expect((await call(contact)).body).toMatchObject({ id: created.body.id });
    const conversation = await call(`${contact}/conversations`, { method: "POST", body: {} });
    expect(conversation.body).toMatchObject({ status: "open", meta: { sender: { name: "Lia" } } });
    const messages = `${contact}/conversations/${conversation.body.id}/messages`;
    const sent = await call(messages, {
      method: "POST",
      body: { content: "Hello", echo_id: "e-9" },
    });
    expect(sent.body).toMatchObject({ content: "Hello", message_type: 0 });
    expect(sent.body.echo_id).toBeUndefined();
    const event = platform.events.find((e) => e.event === "message.created");
    expect(event?.data.echo_id).toBe("e-9");
    expect((await call(`${contact}/conversations`)).body).toHaveLength(1);
  });

  it("lists messages 20 at a time with before=, without private notes or activity", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    for (let i = 1; i <= 25; i++) platform.receiveContactMessage(conversation.id, `m${i}`);
    platform.agentReply(conversation.id, "secret", { agentId: ana.id, private: true });
    platform.addActivity(conversation.id, "assigned");
    const path = `${inboxPath(bruno)}/contacts/${bruno.sourceId}/conversations/${conversation.id}/messages`;
    const latest = (await call(path)).body;
    expect(latest).toHaveLength(20);
    expect(latest.at(-1).content).toBe("m25");
    const older = (await call(`${path}?before=${latest[0].id}`)).body;
    expect(older.map((m: { content: string }) => m.content)).toEqual([
      "m1",
      "m2",
      "m3",
      "m4",
      "m5",
    ]);
  });

  it("refuses another contact's conversation", async () => {
    const { platform, bruno } = setup();
    const dora = platform.createContact({ name: "Dora" });
    const conversation = platform.createConversation({ contact: bruno });
    const path = `${inboxPath(bruno)}/contacts/${dora.sourceId}/conversations/${conversation.id}/messages`;
    expect((await call(path)).status).toBe(404);
  });

  it("reports typing to agents and marks agent messages read on update_last_seen", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    platform.agentReply(conversation.id, "Hi!", { agentId: ana.id });
    const base = `${inboxPath(bruno)}/contacts/${bruno.sourceId}/conversations/${conversation.id}`;
    await call(`${base}/toggle_typing`, { method: "POST", body: { typing_status: "on" } });
    await call(`${base}/update_last_seen`, { method: "POST" });
    const typing = platform.events.find((e) => e.event === "conversation.typing_on");
    expect(typing?.streams).not.toContain(bruno.pubsubToken);
    expect(platform.events.some((e) => e.event === "conversation.read")).toBe(true);
    expect(platform.messages(conversation.id)[0]?.status).toBe("read");
  });
});

describe("fake REST: faults, uploads, transports", () => {
  it("failNext afterHandling: the message exists although the answer is a 500", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    server.rest.failNext({ method: "POST", path: /\/messages$/, afterHandling: true });
    const path = `/api/v1/accounts/1/conversations/${conversation.id}/messages`;
    const failed = await call(path, {
      method: "POST",
      token: ana.accessToken,
      body: { content: "x", echo_id: "e" },
    });
    expect(failed.status).toBe(500);
    expect(platform.messages(conversation.id)).toHaveLength(1);
    const retried = await call(path, {
      method: "POST",
      token: ana.accessToken,
      body: { content: "x", echo_id: "e" },
    });
    expect(retried.status).toBe(200);
    expect(platform.messages(conversation.id)).toHaveLength(1);
  });

  it("a dropped request is a network failure for the client", async () => {
    const { ana } = setup();
    server.rest.failNext({ drop: true });
    await expect(
      fetch(`${server.httpUrl}/api/v1/profile`, { headers: { api_access_token: ana.accessToken } }),
    ).rejects.toThrow();
    expect((await call("/api/v1/profile", { token: ana.accessToken })).status).toBe(200);
  });

  it("accepts multipart attachments", async () => {
    const { platform, ana, bruno } = setup();
    const conversation = platform.createConversation({ contact: bruno });
    const form = new FormData();
    form.append("content", "see file");
    form.append("echo_id", "up-1");
    form.append("attachments[]", new Blob(["png-bytes"], { type: "image/png" }), "shot.png");
    const response = await fetch(
      `${server.httpUrl}/api/v1/accounts/1/conversations/${conversation.id}/messages`,
      {
        method: "POST",
        headers: { api_access_token: ana.accessToken },
        body: form,
      },
    );
    const body = await response.json();
    expect(body.attachments).toEqual([
      expect.objectContaining({ file_type: "image", extension: "png", file_size: 9 }),
    ]);
  });

  it("leaves other paths to handleHttp, and the cable path alone", async () => {
    expect((await fetch(`${server.httpUrl}/health`)).status).toBe(418);
    expect((await fetch(`${server.httpUrl}/cable`)).status).toBe(404);
  });

  it("logs requests without headers", async () => {
    const { ana } = setup();
    await call("/api/v1/profile?x=1", { token: ana.accessToken });
    expect(server.rest.requests).toEqual([
      { method: "GET", path: "/api/v1/profile", query: { x: "1" }, body: undefined },
    ]);
    expect(JSON.stringify(server.rest.requests)).not.toContain(ana.accessToken);
  });

  it("serves the same API in-process through createPlatformFetch", async () => {
    const { ana } = setup();
    const platformFetch = createPlatformFetch(server.rest);
    const response = await platformFetch("http://anywhere/api/v1/profile", {
      headers: { api_access_token: ana.accessToken },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: ana.id });
    server.rest.failNext({ drop: true });
    await expect(platformFetch("/api/v1/profile")).rejects.toThrow(TypeError);
  });
});
