import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createAgentApi,
  createContactApi,
  type FetchInit,
  type FetchLike,
  isUniLinkError,
  type UniLinkError,
} from "../src";

interface Recorded {
  url: URL;
  init: FetchInit;
}

/** A fetch answering from a queue, recording every request. */
function fakeFetch(...answers: { status?: number; body?: unknown; text?: string }[]) {
  const requests: Recorded[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({ url: new URL(url), init });
    const answer = answers.shift() ?? {};
    const text = answer.text ?? (answer.body === undefined ? "" : JSON.stringify(answer.body));
    return { status: answer.status ?? 200, text: async () => text };
  };
  return { fetch, requests };
}

const TOKEN = "secret-access-token-123";
const conversation = (id: number) => ({ id, status: "open", updated_at: 1_700_000_000.5 });
const message = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  conversation_id: 7,
  created_at: 1_700_000_000,
  content: `m${id}`,
  ...extra,
});

function agentApi(...answers: Parameters<typeof fakeFetch>) {
  const fake = fakeFetch(...answers);
  const api = createAgentApi({
    baseUrl: "https://chat.example.com/",
    accessToken: TOKEN,
    accountId: 5,
    fetch: fake.fetch,
  });
  return { api, requests: fake.requests };
}

async function rejection(promise: Promise<unknown>): Promise<UniLinkError> {
  try {
    await promise;
  } catch (error) {
    if (isUniLinkError(error)) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("createAgentApi", () => {
  it("sends api_access_token and JSON; reads the profile", async () => {
    const { api, requests } = agentApi({
      body: { id: 9, pubsub_token: "pubsub-xyz-1", accounts: [{ id: 5 }] },
    });
    const profile = await api.profile();
    expect(profile).toMatchObject({ id: 9, pubsub_token: "pubsub-xyz-1" });
    expect(requests[0]?.url.href).toBe("https://chat.example.com/api/v1/profile");
    expect(requests[0]?.init).toMatchObject({
      method: "GET",
      headers: { api_access_token: TOKEN, accept: "application/json" },
    });
  });

  it("builds the conversation list query from the defined filters only, and unwraps data", async () => {
    const meta = { mine_count: 1, assigned_count: 2, unassigned_count: 3, all_count: 5 };
    const { api, requests } = agentApi({
      body: { data: { meta, payload: [conversation(1), conversation(2)] } },
    });
    const page = await api.listConversations({
      status: "open",
      assigneeType: "me",
      inboxId: 2,
      page: 3,
      sortBy: "latest",
      updatedWithin: 60,
    });
    expect(page.meta).toEqual(meta);
    expect(page.payload.map((c) => c.id)).toEqual([1, 2]);
    const url = requests[0]?.url as URL;
    expect(url.pathname).toBe("/api/v1/accounts/5/conversations");
    expect(url.search).toBe(
      "?status=open&assignee_type=me&inbox_id=2&page=3&sort_by=latest&updated_within=60",
    );
  });

  it("lists messages latest / before / after, filling in conversation_id", async () => {
    const { api, requests } = agentApi(
      { body: { meta: {}, payload: [{ id: 1, created_at: 1_700_000_000 }] } },
      { body: { meta: {}, payload: [] } },
      { body: { meta: {}, payload: [] } },
    );
    const latest = await api.listMessages(7);
    await api.listMessages(7, { before: 40 });
    await api.listMessages(7, { after: 41 });
    expect(latest.payload[0]?.conversation_id).toBe(7);
    expect(requests.map((r) => r.url.pathname + r.url.search)).toEqual([
      "/api/v1/accounts/5/conversations/7/messages",
      "/api/v1/accounts/5/conversations/7/messages?before=40",
      "/api/v1/accounts/5/conversations/7/messages?after=41",
    ]);
  });

  it("posts messages, typing, last seen, status and assignment to the platform's paths", async () => {
    const { api, requests } = agentApi(
      { body: message(100, { echo_id: "e-1" }) },
      {},
      {},
      {
        body: {
          meta: {},
          payload: { success: true, current_status: "resolved", conversation_id: 7 },
        },
      },
      { body: { id: 3, name: "Caio", type: "user" } },
      { body: { data: { meta: { unread_count: 1, count: 2 }, payload: [] } } },
    );
    const sent = await api.sendMessage(7, {
      content: "hi",
      echoId: "e-1",
      private: true,
      contentAttributes: { x: 1 },
    });
    await api.toggleTyping(7, { typingStatus: "on", isPrivate: true });
    await api.updateLastSeen(7);
    const status = await api.toggleStatus(7, "resolved");
    const assignee = await api.assign(7, 3);
    const notifications = await api.listNotifications();
    expect(sent.echo_id).toBe("e-1");
    expect(status.current_status).toBe("resolved");
    expect(assignee).toMatchObject({ id: 3 });
    expect(notifications.meta).toMatchObject({ unread_count: 1, count: 2 });
    expect(requests.map((r) => [r.init.method, r.url.pathname, r.init.body])).toEqual([
      [
        "POST",
        "/api/v1/accounts/5/conversations/7/messages",
        '{"content":"hi","private":true,"echo_id":"e-1","content_attributes":{"x":1}}',
      ],
      [
        "POST",
        "/api/v1/accounts/5/conversations/7/toggle_typing_status",
        '{"typing_status":"on","is_private":true}',
      ],
      ["POST", "/api/v1/accounts/5/conversations/7/update_last_seen", undefined],
      ["POST", "/api/v1/accounts/5/conversations/7/toggle_status", '{"status":"resolved"}'],
      ["POST", "/api/v1/accounts/5/conversations/7/assignments", '{"assignee_id":3}'],
      ["GET", "/api/v1/accounts/5/notifications", undefined],
    ]);
    expect(requests[0]?.init.headers["content-type"]).toBe("application/json");
  });

  it("sends attachments as multipart form data", async () => {
    const { api, requests } = agentApi({ body: message(1) });
    await api.sendMessage(7, {
      content: "file",
      echoId: "e-2",
      attachments: [new Blob(["x"], { type: "text/plain" })],
    });
    const body = requests[0]?.init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get("echo_id")).toBe("e-2");
    expect(body.getAll("attachments[]")).toHaveLength(1);
    expect(requests[0]?.init.headers["content-type"]).toBeUndefined();
  });

  it("a non-2xx answer is an http error with status and a redacted body, never the token", async () => {
    const { api } = agentApi({ status: 401, body: { error: `Invalid Access Token ${TOKEN}` } });
    const error = await rejection(api.profile());
    expect(error.code).toBe("http");
    expect(error.details.status).toBe(401);
    expect(error.details.body).toEqual({ error: "Invalid Access Token [redacted]" });
    expect(`${error.message} ${JSON.stringify(error.details)}`).not.toContain(TOKEN);
  });

  it("keeps a non-JSON error body as a short text excerpt", async () => {
    const { api } = agentApi({ status: 502, text: `<html>${"x".repeat(2000)}</html>` });
    const error = await rejection(api.getConversation(1));
    expect(error).toMatchObject({ code: "http", details: { status: 502 } });
    expect((error.details.body as string).length).toBe(500);
  });

  it("a fetch that throws is a network error without the token", async () => {
    const api = createAgentApi({
      baseUrl: "https://chat.example.com",
      accessToken: TOKEN,
      accountId: 5,
      fetch: async () => {
        throw new TypeError(`connect ECONNREFUSED (token ${TOKEN})`);
      },
    });
    const error = await rejection(api.profile());
    expect(error.code).toBe("network");
    expect(error.message).toContain("GET /api/v1/profile failed");
    expect(error.message).not.toContain(TOKEN);
  });

  it("an answer of the wrong shape is a validation error", async () => {
    const { api } = agentApi({ body: { data: { payload: [{ id: "not-a-number" }] } } });
    const error = await rejection(api.listConversations());
    expect(error.code).toBe("validation");
    expect(error.details.issues?.[0]?.path).toEqual(["response", "data", "payload", 0, "id"]);
  });

  it("registers the profile's pubsub token as a secret", async () => {
    const { api } = agentApi(
      { body: { id: 9, pubsub_token: "rotated-pubsub-42" } },
      { status: 500, body: { echo: "rotated-pubsub-42" } },
    );
    await api.profile();
    const error = await rejection(api.getConversation(1));
    expect(JSON.stringify(error.details)).not.toContain("rotated-pubsub-42");
  });

  it("looks the global fetch up when a request is made, not when created", async () => {
    const api = createAgentApi({
      baseUrl: "https://chat.example.com",
      accessToken: TOKEN,
      accountId: 5,
    });
    const late = vi.fn(async () => ({
      status: 200,
      text: async () => JSON.stringify({ id: 1, pubsub_token: "pt-late" }),
    }));
    vi.stubGlobal("fetch", late);
    await api.profile();
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("gives up on a request with no answer after timeoutMs", async () => {
    vi.useFakeTimers();
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    const api = createAgentApi({
      baseUrl: "https://x.example",
      accessToken: TOKEN,
      accountId: 5,
      fetch: hanging,
      timeoutMs: 1000,
    });
    const pending = rejection(api.profile());
    await vi.advanceTimersByTimeAsync(1000);
    const error = await pending;
    expect(error).toMatchObject({ code: "network" });
    expect(error.message).toContain("no answer within 1000 ms");
  });
});

describe("createContactApi", () => {
  function contactApi(...answers: Parameters<typeof fakeFetch>) {
    const fake = fakeFetch(...answers);
    const api = createContactApi({
      baseUrl: "https://chat.example.com",
      inboxIdentifier: "inbox-abc",
      fetch: fake.fetch,
    });
    return { api, requests: fake.requests };
  }
  const base = "/public/api/v1/inboxes/inbox-abc";

  it("creates a contact without any auth header, sending only the given fields in snake case", async () => {
    const { api, requests } = contactApi({
      body: { id: 4, source_id: "src-9", pubsub_token: "contact-pubsub-77", name: "Ada" },
    });
    const session = await api.createContact({
      identifier: "u-1",
      identifierHash: "h",
      name: "Ada",
    });
    expect(session).toMatchObject({ source_id: "src-9", pubsub_token: "contact-pubsub-77" });
    expect(requests[0]?.url.pathname).toBe(`${base}/contacts`);
    expect(JSON.parse(requests[0]?.init.body as string)).toEqual({
      identifier: "u-1",
      identifier_hash: "h",
      name: "Ada",
    });
    expect(requests[0]?.init.headers.api_access_token).toBeUndefined();
  });

  it("uses source_id paths; lists messages with before= only", async () => {
    const { api, requests } = contactApi(
      { body: { id: 4, source_id: "src-9", pubsub_token: "contact-pubsub-77" } },
      { body: [conversation(1)] },
      { body: conversation(2) },
      { body: [{ id: 5, created_at: 1_700_000_000 }] },
      { body: [] },
      { body: { id: 6, created_at: 1_700_000_001, content: "hi" } },
      {},
      {},
    );
    await api.getContact("src-9");
    expect(await api.listConversations("src-9")).toHaveLength(1);
    await api.createConversation("src-9", { message: "Hello" });
    const latest = await api.listMessages("src-9", 2);
    await api.listMessages("src-9", 2, { before: 5 });
    const sent = await api.sendMessage("src-9", 2, { content: "hi", echoId: "e-7" });
    await api.toggleTyping("src-9", 2, "on");
    await api.updateLastSeen("src-9", 2);
    expect(latest[0]?.conversation_id).toBe(2);
    expect(sent).toMatchObject({ id: 6, conversation_id: 2 });
    expect(
      requests.map((r) => [r.init.method, r.url.pathname + r.url.search, r.init.body]),
    ).toEqual([
      ["GET", `${base}/contacts/src-9`, undefined],
      ["GET", `${base}/contacts/src-9/conversations`, undefined],
      ["POST", `${base}/contacts/src-9/conversations`, '{"message":{"content":"Hello"}}'],
      ["GET", `${base}/contacts/src-9/conversations/2/messages`, undefined],
      ["GET", `${base}/contacts/src-9/conversations/2/messages?before=5`, undefined],
      [
        "POST",
        `${base}/contacts/src-9/conversations/2/messages`,
        '{"content":"hi","echo_id":"e-7"}',
      ],
      ["POST", `${base}/contacts/src-9/conversations/2/toggle_typing`, '{"typing_status":"on"}'],
      ["POST", `${base}/contacts/src-9/conversations/2/update_last_seen`, undefined],
    ]);
  });

  it("registers the session's pubsub token so errors never show it", async () => {
    const { api } = contactApi(
      { body: { id: 4, source_id: "src-9", pubsub_token: "contact-secret-555" } },
      { status: 404, body: { error: "no session contact-secret-555" } },
    );
    await api.createContact();
    const error = await rejection(api.getContact("src-9"));
    expect(error).toMatchObject({
      code: "http",
      details: { status: 404, body: { error: "no session [redacted]" } },
    });
  });
});
