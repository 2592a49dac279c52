import { describe, expect, it } from "vitest";
import { selectConversationList } from "../src";
import { connected, storedThread, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

describe("a contact's first message starts the conversation", () => {
  it("creates one conversation for concurrent first messages and sends both into it", async () => {
    const server = await harness.server();
    const { platform } = server;
    platform.createAgent({ name: "Ana" });
    const visitor = platform.createContact({ name: "Vera" });
    const probe = harness.contact(server, visitor);
    await connected(server, probe);
    // Connected, nothing written: nothing exists on the platform.
    expect(platform.conversations()).toEqual([]);

    const [first, second] = await Promise.all([
      probe.client.startConversation({ content: "Hello?" }),
      probe.client.startConversation({ content: "Anyone there?" }),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    const conversations = platform.conversations();
    expect(conversations).toHaveLength(1);
    const id = conversations[0]?.id as number;
    expect(first.ok && first.conversationId).toBe(id);
    expect(platform.messages(id).map((m) => m.content)).toEqual(["Hello?", "Anyone there?"]);
    const state = probe.client.store.getState();
    expect(selectConversationList(state).map((c) => c.id)).toEqual([id]);
    await server.waitFor(() =>
      storedThread(probe.client, id).every((m) => typeof m.id === "number"),
    );
    expect(storedThread(probe.client, id).map((m) => m.content)).toEqual([
      "Hello?",
      "Anyone there?",
    ]);
  });

  it("reports a refused creation with a typed error and sends nothing", async () => {
    const server = await harness.server();
    const visitor = server.platform.createContact({ name: "Vera" });
    const probe = harness.contact(server, visitor);
    server.rest.failNext({ method: "POST", path: /\/conversations$/, status: 500 });
    const outcome = await probe.client.startConversation({ content: "Hello?" });
    expect(outcome).toMatchObject({ ok: false, error: { code: "http" } });
    expect(probe.errors.map((e) => e.code)).toEqual(["http"]);
    expect(server.platform.conversations()).toEqual([]);
  });
});
