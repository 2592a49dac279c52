import { describe, expect, it } from "vitest";
import {
  DEFAULT_ATTACHMENT_RULES,
  isPending,
  type PendingMessage,
  selectMessages,
  type UniLinkClient,
  validateAttachments,
  type XhrLike,
} from "../src";
import { holdRequests } from "./actions-harness";
import { connected, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

function file(name: string, type: string, size = 10): File {
  return new File([new Uint8Array(size)], name, { type });
}

function pending(client: UniLinkClient, conversationId: number): PendingMessage | undefined {
  return selectMessages(client.store.getState(), conversationId).find(isPending) as
    | PendingMessage
    | undefined;
}

async function world(options: Parameters<typeof harness.agent>[2] = {}) {
  const server = await harness.server();
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const contact = platform.createContact({ name: "Bruno" });
  const id = platform.createConversation({ contact, messages: ["hi"] }).id;
  const probe = harness.agent(server, agent, options);
  await connected(server, probe);
  await probe.client.loadMessages(id);
  const widget = harness.contact(server, contact);
  await connected(server, widget);
  await widget.client.loadMessages(id);
  return { server, platform, id, probe, widget };
}

describe("validateAttachments", () => {
  it("refuses too many, too large and unknown files with a typed reason", () => {
    expect(
      validateAttachments([file("a.png", "image/png"), file("b.pdf", "application/pdf")]),
    ).toBeUndefined();
    expect(validateAttachments([file("big.mp4", "video/mp4", 50)], { maxBytes: 40 })).toMatchObject(
      {
        code: "attachment",
        details: { reason: "too_large", fileName: "big.mp4", size: 50, limit: 40 },
      },
    );
    expect(validateAttachments([file("run.exe", "application/x-msdownload")])).toMatchObject({
      details: { reason: "unsupported_type", fileName: "run.exe" },
    });
    expect(validateAttachments([file("clip.3gpp", "")])).toBeUndefined();
    const many = Array.from({ length: DEFAULT_ATTACHMENT_RULES.maxFiles + 1 }, (_, i) =>
      file(`${i}.txt`, "text/plain"),
    );
    expect(validateAttachments(many)).toMatchObject({ details: { reason: "too_many" } });
  });
});

describe("sending attachments", () => {
  it("shows the files on the pending message, uploads multipart, and the contact gets the attachment", async () => {
    const { server, platform, id, probe, widget } = await world();
    const hold = holdRequests((path, method) => method === "POST" && path.endsWith("/messages"));
    const stop = server.rest.use(hold.middleware);
    const sending = probe.client.sendMessage(id, {
      content: "the invoice",
      attachments: [file("invoice.pdf", "application/pdf", 1234)],
    });
    await server.waitFor(() => hold.heldCount() === 1);
    expect(pending(probe.client, id)).toMatchObject({
      status: "sending",
      files: [{ name: "invoice.pdf", size: 1234, type: "application/pdf", fileType: "file" }],
    });
    hold.release();
    const outcome = await sending;
    stop();
    expect(outcome.ok).toBe(true);
    const request = server.rest.requests.filter((r) => r.method === "POST").at(-1);
    expect(request?.body).toMatchObject({
      content: "the invoice",
      attachments: [{ name: "invoice.pdf", type: "application/pdf", size: 1234 }],
    });
    expect(pending(probe.client, id)).toBeUndefined();
    const stored = selectMessages(probe.client.store.getState(), id).at(-1);
    expect(stored?.attachments).toMatchObject([
      { file_type: "file", extension: "pdf", file_size: 1234 },
    ]);
    await server.waitFor(() =>
      selectMessages(widget.client.store.getState(), id).some(
        (m) => (m.attachments?.length ?? 0) > 0,
      ),
    );
    expect(platform.messages(id, { view: "contact" }).at(-1)?.attachments).toHaveLength(1);
  });

  it("a refused file fails the pending message at once, keeps it, and sends nothing", async () => {
    const { server, id, probe } = await world({ attachmentRules: { maxBytes: 100 } });
    const before = server.rest.requests.length;
    const outcome = await probe.client.sendMessage(id, {
      content: "huge",
      attachments: [file("huge.png", "image/png", 101)],
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "attachment", details: { reason: "too_large" } },
    });
    expect(pending(probe.client, id)).toMatchObject({
      status: "failed",
      content: "huge",
      error: { code: "attachment" },
    });
    expect(server.rest.requests.slice(before).filter((r) => r.method === "POST")).toHaveLength(0);
    expect(probe.client.discardMessage(outcome.echoId)).toBe(true);
    expect(pending(probe.client, id)).toBeUndefined();
  });

  it("the platform's own refusal is an http error on the message; retry works once it passes", async () => {
    const { server, platform, id, probe } = await world({
      attachmentRules: { accept: ["*"] },
    });
    const outcome = await probe.client.sendMessage(id, {
      content: "tool",
      attachments: [file("tool.exe", "application/x-msdownload")],
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "http", details: { status: 422, body: { error: "File type not supported" } } },
    });
    expect(pending(probe.client, id)).toMatchObject({ status: "failed", upload: null });
    // A failed upload (network) is retried with the same echo id: one message, no duplicate.
    server.rest.failNext({ method: "POST", path: /messages$/, drop: true });
    const failed = await probe.client.sendMessage(id, {
      content: "notes",
      attachments: [file("notes.txt", "text/plain")],
    });
    expect(failed).toMatchObject({ ok: false, error: { code: "network" } });
    const retried = await probe.client.retryMessage(failed.echoId);
    expect(retried.ok).toBe(true);
    expect(platform.messages(id).filter((m) => m.content === "notes")).toHaveLength(1);
  });

  it("cancel stops an upload: the message stays failed (cancelled) and can be retried", async () => {
    const { server, platform, id, probe } = await world();
    const hold = holdRequests((path, method) => method === "POST" && path.endsWith("/messages"));
    const stop = server.rest.use(hold.middleware);
    const sending = probe.client.sendMessage(id, {
      content: "photo",
      attachments: [file("cat.png", "image/png")],
    });
    await server.waitFor(() => hold.heldCount() === 1);
    const echoId = (pending(probe.client, id) as PendingMessage).echo_id;
    expect(probe.client.cancelMessage(echoId)).toBe(true);
    const outcome = await sending;
    expect(outcome).toMatchObject({ ok: false, error: { code: "cancelled" } });
    expect(pending(probe.client, id)).toMatchObject({
      status: "failed",
      error: { code: "cancelled" },
    });
    expect(probe.client.cancelMessage(echoId)).toBe(false);
    stop();
    hold.release();
    const retried = await probe.client.retryMessage(echoId);
    expect(retried.ok).toBe(true);
    await server.waitFor(() => pending(probe.client, id) === undefined);
    // The held first request reached the platform after all: still one message (same echo id).
    await server.waitFor(() => hold.heldCount() === 1);
    expect(platform.messages(id).filter((m) => m.content === "photo")).toHaveLength(1);
  });

  it("reports XMLHttpRequest upload progress on the pending message", async () => {
    let current: FakeXhr | undefined;
    class FakeXhr implements XhrLike {
      status = 0;
      responseText = "";
      upload = { onprogress: null as XhrLike["upload"]["onprogress"] };
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      onabort: (() => void) | null = null;
      method = "";
      url = "";
      headers: Record<string, string> = {};
      open(method: string, url: string) {
        this.method = method;
        this.url = url;
      }
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      send() {
        current = this;
      }
      abort() {
        this.onabort?.();
      }
    }
    const { server, platform, id } = await world();
    const agent = platform.createAgent({ name: "Xena" });
    const { createAgentApi } = await import("../src");
    const api = createAgentApi({
      baseUrl: server.httpUrl,
      accessToken: agent.accessToken,
      accountId: agent.accountId,
      XMLHttpRequest: FakeXhr,
    });
    const probe = harness.agent(server, agent, { api });
    await connected(server, probe);
    const sending = probe.client.sendMessage(id, {
      content: "pic",
      attachments: [file("a.png", "image/png", 300)],
    });
    await server.waitFor(() => current !== undefined);
    const xhr = current as FakeXhr;
    expect(xhr.method).toBe("POST");
    expect(xhr.url).toContain(`/conversations/${id}/messages`);
    expect(xhr.headers.api_access_token).toBe(agent.accessToken);
    xhr.upload.onprogress?.({ loaded: 100, total: 400, lengthComputable: true });
    expect(pending(probe.client, id)?.upload).toEqual({ loaded: 100, total: 400 });
    xhr.upload.onprogress?.({ loaded: 400, total: 400, lengthComputable: true });
    expect(pending(probe.client, id)?.upload).toEqual({ loaded: 400, total: 400 });
    const echoId = (pending(probe.client, id) as PendingMessage).echo_id;
    xhr.status = 200;
    xhr.responseText = JSON.stringify({
      id: 99_999,
      content: "pic",
      conversation_id: id,
      message_type: 1,
      created_at: 1,
      echo_id: echoId,
    });
    xhr.onload?.();
    expect(await sending).toMatchObject({ ok: true, message: { id: 99_999 } });
    expect(pending(probe.client, id)).toBeUndefined();
  });
});
