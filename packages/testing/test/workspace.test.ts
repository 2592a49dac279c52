import { describe, expect, it } from "vitest";
import {
  createPlatformFetch,
  FakePlatform,
  FakeRestApi,
  type PlatformCable,
  upgradePlatformData,
} from "../src/browser";

interface Delivered {
  stream: string;
  event: string;
  data: Record<string, unknown>;
}

let clock = 1_717_243_200_000;

function world() {
  const delivered: Delivered[] = [];
  const cable: PlatformCable = {
    addAgent: () => undefined,
    addContact: () => undefined,
    rotateToken: () => undefined,
    broadcast: (stream, event, data) => {
      delivered.push({ stream, event, data: data as Record<string, unknown> });
      return 1;
    },
  };
  const platform = new FakePlatform({ cable, now: () => clock });
  const ana = platform.createAgent({ name: "Ana" });
  const caio = platform.createAgent({ name: "Caio" });
  const bruno = platform.createContact({ name: "Bruno", customAttributes: { plan: "pro" } });
  const conversation = platform.createConversation({ contact: bruno, messages: ["hi"] });
  const rest = new FakeRestApi(platform);
  const fetch = createPlatformFetch(rest);
  const account = `/api/v1/accounts/${platform.defaultAccountId}`;
  const call = async (
    path: string,
    init: { method?: string; body?: unknown; token?: string } = {},
  ) => {
    const response = await fetch(`http://platform.invalid${account}${path}`, {
      method: init.method ?? "GET",
      headers: {
        api_access_token: init.token ?? ana.accessToken,
        "content-type": "application/json",
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  delivered.length = 0;
  const to = (stream: string) => delivered.filter((d) => d.stream === stream).map((d) => d.event);
  return { platform, ana, caio, bruno, conversation, call, delivered, to };
}

describe("workspace REST answers and broadcasts", () => {
  it("lists agents, teams, labels and canned responses in the platform's shapes", async () => {
    const { platform, ana, caio, call } = world();
    platform.createTeam({ name: "Billing", memberIds: [ana.id] });
    platform.createLabel({ title: "VIP", color: "#ff0000" });
    platform.createCannedResponse({ shortCode: "refund", content: "Refunds take 5 days" });
    platform.createCannedResponse({ shortCode: "hello", content: "Hi!" });
    expect((await call("/agents")).body).toMatchObject([
      { id: ana.id, name: "Ana", role: "agent", availability_status: "online", confirmed: true },
      { id: caio.id, name: "Caio" },
    ]);
    expect((await call("/teams")).body).toEqual([
      expect.objectContaining({ name: "Billing", is_member: true, allow_auto_assign: false }),
    ]);
    expect((await call("/labels")).body).toEqual({
      payload: [expect.objectContaining({ title: "vip", color: "#ff0000", show_on_sidebar: true })],
    });
    const canned = await call("/canned_responses?search=REF");
    expect(canned.body).toEqual([expect.objectContaining({ short_code: "refund" })]);
  });

  it("team assignment: team.changed and assignee.changed to agents only, conversation.updated also to the contact", async () => {
    const { platform, ana, caio, bruno, conversation, call, to } = world();
    const team = platform.createTeam({ name: "Tech", memberIds: [caio.id], allowAutoAssign: true });
    platform.assign(conversation.id, ana.id);
    const answer = await call(`/conversations/${conversation.id}/assignments`, {
      method: "POST",
      body: { team_id: team.id },
    });
    expect(answer.body).toMatchObject({ id: team.id, name: "Tech" });
    // Ana is not in the team: unassigned, then the auto-assigning team picks Caio.
    expect(platform.conversation(conversation.id).meta).toMatchObject({
      team: { id: team.id, name: "Tech" },
      assignee: { id: caio.id },
    });
    expect(to(caio.pubsubToken)).toEqual(
      expect.arrayContaining(["team.changed", "assignee.changed", "conversation.updated"]),
    );
    expect(to(bruno.pubsubToken)).toEqual(expect.arrayContaining(["conversation.updated"]));
    expect(to(bruno.pubsubToken)).not.toContain("team.changed");
    expect(to(bruno.pubsubToken)).not.toContain("assignee.changed");
    // An unknown team id removes the team, like the platform's find_by.
    await call(`/conversations/${conversation.id}/assignments`, {
      method: "POST",
      body: { team_id: 999 },
    });
    expect(platform.conversation(conversation.id).meta.team).toBeNull();
  });

  it("labels, priority and snooze change the conversation and send conversation.updated to everyone", async () => {
    const { platform, ana, bruno, conversation, call, to } = world();
    platform.createLabel({ title: "vip" });
    const id = conversation.id;
    const labels = await call(`/conversations/${id}/labels`, {
      method: "POST",
      body: { labels: ["vip", "nope"] },
    });
    expect(labels.body).toEqual({ payload: ["vip"] });
    expect((await call(`/conversations/${id}/labels`)).body).toEqual({ payload: ["vip"] });
    expect(
      (
        await call(`/conversations/${id}/toggle_priority`, {
          method: "POST",
          body: { priority: "high" },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await call(`/conversations/${id}/toggle_priority`, {
          method: "POST",
          body: { priority: "asap" },
        })
      ).status,
    ).toBe(422);
    const until = Math.floor(clock / 1000) + 3600;
    const snoozed = await call(`/conversations/${id}/toggle_status`, {
      method: "POST",
      body: { status: "snoozed", snoozed_until: until },
    });
    expect(snoozed.body).toMatchObject({ payload: { current_status: "snoozed" } });
    expect(platform.conversation(id)).toMatchObject({
      labels: ["vip"],
      priority: "high",
      status: "snoozed",
      snoozed_until: new Date(until * 1000).toISOString(),
    });
    expect(to(bruno.pubsubToken)).toEqual([
      "conversation.updated",
      "conversation.updated",
      "conversation.status_changed",
      "conversation.updated",
    ]);
    expect(to(ana.pubsubToken)).toEqual(to(bruno.pubsubToken));
    // The platform's job reopens it when the time comes, and clears the time.
    clock += 3601_000;
    expect(platform.reopenDueSnoozed()).toBe(1);
    expect(platform.conversation(id)).toMatchObject({ status: "open", snoozed_until: null });
  });

  it("search lists conversations whose messages contain q, any status, via both paths", async () => {
    const { platform, bruno, conversation, call } = world();
    platform.receiveContactMessage(conversation.id, "my Refund please");
    platform.changeStatus(conversation.id, "resolved");
    platform.createConversation({ contact: bruno, messages: ["other"] });
    const viaList = await call("/conversations?q=refund");
    const viaSearch = await call("/conversations/search?q=refund");
    for (const answer of [viaList, viaSearch]) {
      expect(answer.body.data.payload.map((c: { id: number }) => c.id)).toEqual([conversation.id]);
    }
  });

  it("contact edit: validated like the platform, contact.updated on the account stream only", async () => {
    const { platform, bruno, call, to, delivered } = world();
    const other = platform.createContact({ name: "Dora", email: "dora@example.com" });
    const path = `/contacts/${bruno.id}`;
    expect((await call(path)).body.payload).toMatchObject({
      id: bruno.id,
      custom_attributes: { plan: "pro" },
    });
    expect(
      (await call(path, { method: "PATCH", body: { email: "dora@example.com" } })).body,
    ).toEqual({
      error: "Email has already been taken",
    });
    expect((await call(path, { method: "PATCH", body: { phone_number: "0912" } })).status).toBe(
      422,
    );
    expect(delivered).toEqual([]);
    const edited = await call(path, {
      method: "PATCH",
      body: {
        name: "Bruno S.",
        phone_number: "+351912345678",
        custom_attributes: { company: "Acme" },
      },
    });
    expect(edited.body.payload).toMatchObject({
      name: "Bruno S.",
      phone_number: "+351912345678",
      custom_attributes: { plan: "pro", company: "Acme" },
    });
    expect(to(`account_${platform.defaultAccountId}`)).toEqual(["contact.updated"]);
    expect(to(bruno.pubsubToken)).toEqual([]);
    expect((await call(`/contacts/${other.id}/conversations`)).body).toEqual({ payload: [] });
    expect((await call(`/contacts/${bruno.id}/conversations`)).body.payload).toHaveLength(1);
  });

  it("keeps the workspace in saved data and loads data saved before it existed", () => {
    const { platform, conversation } = world();
    platform.createTeam({ name: "Tech" });
    platform.createLabel({ title: "bug", color: "#00ff00" });
    platform.createCannedResponse({ shortCode: "hi", content: "Hello" });
    platform.snooze(conversation.id, clock + 60_000);
    const restored = new FakePlatform({ data: platform.toJSON() });
    expect(restored.toJSON()).toMatchObject({
      teams: [{ name: "Tech" }],
      labels: [{ title: "bug" }],
      cannedResponses: [{ shortCode: "hi" }],
    });
    expect(restored.conversation(conversation.id).status).toBe("snoozed");
    const old = platform.toJSON() as unknown as Record<string, unknown>;
    delete old.teams;
    delete old.labels;
    delete old.cannedResponses;
    const upgraded = upgradePlatformData(old as never);
    expect(upgraded).toMatchObject({ teams: [], labels: [], cannedResponses: [] });
  });
});
