import { describe, expect, it } from "vitest";
import { describeNotification, selectNotifications, type UniLinkClient } from "../src";
import { connected, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

/** An agent with three unread notifications: two new messages from Bruno, one assignment. */
async function world() {
  const server = await harness.server();
  const { platform } = server;
  const ana = platform.createAgent({ name: "Ana Diaz" });
  const caio = platform.createAgent({ name: "Caio Lima" });
  const bruno = platform.createContact({ name: "Bruno Costa" });
  const conversation = platform.createConversation({ contact: bruno });
  platform.assign(conversation.id, ana.id, { performerId: caio.id });
  platform.receiveContactMessage(conversation.id, "My parcel never arrived");
  platform.receiveContactMessage(conversation.id, "Tracking says delivered");
  const probe = harness.agent(server, ana);
  await probe.client.loadNotifications();
  await connected(server, probe);
  return { server, platform, ana, probe, conversation };
}

const slice = (client: UniLinkClient) => client.store.getState().notifications;
const unreadIds = (client: UniLinkClient) =>
  selectNotifications(client.store.getState())
    .filter((n) => n.read_at == null)
    .map((n) => n.id);

describe("notification summaries", () => {
  it("name the contact and quote the message the platform's payload is about", async () => {
    const { probe, conversation } = await world();
    const [newest, , assignment] = selectNotifications(probe.client.store.getState());
    expect(describeNotification(newest as never)).toMatchObject({
      conversationId: conversation.id,
      contactName: "Bruno Costa",
      messageText: "Tracking says delivered",
      type: "assigned_conversation_new_message",
    });
    expect(describeNotification(assignment as never)).toMatchObject({
      contactName: "Bruno Costa",
      messageText: undefined,
      actorName: "Caio Lima",
      type: "conversation_assignment",
    });
  });

  it("survive payloads without actors", () => {
    expect(describeNotification({ id: 1, primary_actor: null, secondary_actor: 7 })).toEqual({
      conversationId: undefined,
      contactName: undefined,
      messageText: undefined,
      actorName: undefined,
      type: "",
      title: undefined,
    });
  });
});

describe("marking notifications read", () => {
  it("shows one as read at once, then follows the platform's notification.updated", async () => {
    const { server, platform, ana, probe } = await world();
    const { client } = probe;
    expect(slice(client).unreadCount).toBe(3);
    const [first] = unreadIds(client);
    const done = client.markNotificationsRead([first as number]);
    // Optimistic: before the request is answered.
    expect(slice(client).unreadCount).toBe(2);
    expect(unreadIds(client)).not.toContain(first);
    expect(await done).toEqual({ ok: true });
    const sent = platform.events.filter((e) => e.event === "notification.updated");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.streams).toEqual([ana.pubsubToken]);
    await server.waitFor(() => typeof slice(client).byId[first as number]?.read_at === "number");
    const truth = platform.notifications(ana.id);
    expect(truth.filter((n) => n.read_at === null)).toHaveLength(2);
    expect(slice(client).unreadCount).toBe(2);
  });

  it("marks all read with one request and no event, like the platform", async () => {
    const { platform, ana, probe, server } = await world();
    const { client } = probe;
    const before = platform.events.length;
    expect(await client.markNotificationsRead("all")).toEqual({ ok: true });
    expect(slice(client).unreadCount).toBe(0);
    expect(unreadIds(client)).toEqual([]);
    expect(platform.notifications(ana.id).every((n) => n.read_at !== null)).toBe(true);
    expect(platform.events.length).toBe(before);
    const reads = server.rest.requests.filter((r) => r.path.includes("/notifications/"));
    expect(reads.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/v1/accounts/1/notifications/read_all",
    ]);
  });

  it("undoes the change and reports a typed error when the platform refuses", async () => {
    const { server, probe, platform, ana } = await world();
    const { client, errors } = probe;
    const [first] = unreadIds(client);
    server.rest.failNext({ method: "PATCH", path: /\/notifications\/\d+$/, status: 500 });
    const outcome = await client.markNotificationsRead([first as number]);
    expect(outcome).toMatchObject({ ok: false, error: { code: "http" } });
    expect(errors.map((e) => e.code)).toEqual(["http"]);
    expect(slice(client).unreadCount).toBe(3);
    expect(unreadIds(client)).toContain(first);
    expect(platform.notifications(ana.id).every((n) => n.read_at === null)).toBe(true);
  });

  it("says so instead of guessing without a REST api", async () => {
    const { server, ana } = await world();
    const probe = harness.agent(server, ana, { api: undefined });
    const outcome = await probe.client.markNotificationsRead("all");
    expect(outcome).toMatchObject({ ok: false, error: { code: "validation" } });
  });
});
