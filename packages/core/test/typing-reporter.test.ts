import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createAgentApi,
  createContactApi,
  createUniLinkClient,
  type FetchInit,
  type UniLinkClient,
} from "../src";

interface Call {
  path: string;
  body: unknown;
}

function recordingFetch() {
  const calls: Call[] = [];
  const fetch = async (url: string, init: FetchInit) => {
    calls.push({
      path: new URL(url).pathname,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    });
    return { status: 200, text: async () => "" };
  };
  return { calls, fetch };
}

let client: UniLinkClient;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  client?.destroy();
  vi.useRealTimers();
});

function agentClient() {
  const { calls, fetch } = recordingFetch();
  const api = createAgentApi({
    baseUrl: "https://chat.example",
    accessToken: "tok-agent-typing",
    accountId: 3,
    fetch,
  });
  client = createUniLinkClient({
    url: "https://chat.example",
    pubsubToken: "pub",
    accountId: 3,
    userId: 9,
    api,
  });
  const statuses = () =>
    calls.map((c) => (c.body as { typing_status: string; is_private: boolean }).typing_status);
  return { calls, statuses };
}

describe("typing reporter", () => {
  it("sends on at the first keystroke, off after 4 s idle, never floods", async () => {
    const { calls, statuses } = agentClient();
    const reporter = client.createTypingReporter(12);
    reporter.onInput();
    reporter.onInput();
    await vi.advanceTimersByTimeAsync(1500);
    reporter.onInput(); // re-arms the idle timer
    await vi.advanceTimersByTimeAsync(3999);
    expect(statuses()).toEqual(["on"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(statuses()).toEqual(["on", "off"]);
    expect(calls[0]).toEqual({
      path: "/api/v1/accounts/3/conversations/12/toggle_typing_status",
      body: { typing_status: "on", is_private: false },
    });
    reporter.dispose();
  });

  it("sends off on send and on dispose; one on per burst; nothing after dispose", async () => {
    const { statuses } = agentClient();
    const reporter = client.createTypingReporter(12, { idleMs: 1000 });
    reporter.onInput();
    reporter.onSend();
    reporter.onSend(); // already off: nothing more
    reporter.onInput();
    await vi.advanceTimersByTimeAsync(500);
    reporter.onInput();
    reporter.dispose();
    reporter.onInput();
    await vi.advanceTimersByTimeAsync(5000);
    expect(statuses()).toEqual(["on", "off", "on", "off"]);
  });

  it("reports private-note typing as private", async () => {
    const { calls } = agentClient();
    const reporter = client.createTypingReporter(12, { isPrivate: true });
    reporter.onInput();
    reporter.onSend();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.body)).toEqual([
      { typing_status: "on", is_private: true },
      { typing_status: "off", is_private: true },
    ]);
  });

  it("a contact's reporter uses the public toggle_typing path", async () => {
    const { calls, fetch } = recordingFetch();
    const api = createContactApi({
      baseUrl: "https://chat.example",
      inboxIdentifier: "web-inbox",
      fetch,
    });
    client = createUniLinkClient({
      url: "https://chat.example",
      pubsubToken: "pub",
      api,
      contactSourceId: "src-1",
    });
    const reporter = client.createTypingReporter(4);
    reporter.onInput();
    await vi.advanceTimersByTimeAsync(4000);
    expect(calls).toEqual([
      {
        path: "/public/api/v1/inboxes/web-inbox/contacts/src-1/conversations/4/toggle_typing",
        body: { typing_status: "on" },
      },
      {
        path: "/public/api/v1/inboxes/web-inbox/contacts/src-1/conversations/4/toggle_typing",
        body: { typing_status: "off" },
      },
    ]);
  });

  it("a failing typing call is reported, never thrown", async () => {
    const errors: unknown[] = [];
    const api = createAgentApi({
      baseUrl: "https://chat.example",
      accessToken: "tok-agent-typing",
      accountId: 3,
      fetch: async () => ({ status: 500, text: async () => "{}" }),
    });
    client = createUniLinkClient({
      url: "https://chat.example",
      pubsubToken: "pub",
      accountId: 3,
      userId: 9,
      api,
      onError: (e) => errors.push(e),
    });
    await client.setTyping(12, true);
    expect(errors).toEqual([expect.objectContaining({ code: "http" })]);
  });
});
