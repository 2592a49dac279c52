import { describe, expect, it } from "vitest";
import {
  loadAgents,
  loadCannedResponses,
  loadContact,
  loadContactConversations,
  loadLabels,
  loadTeams,
  refreshOnResync,
  selectAgents,
  selectCannedResponses,
  selectContact,
  selectContactConversations,
  selectContactConversationsLoadState,
  selectContactLoadState,
  selectConversation,
  selectConversationLabels,
  selectConversationsForQuery,
  selectDirectoryLoadState,
  selectLabels,
  selectListLoadState,
  selectTeams,
  updateContact,
} from "../src";
import { holdRequests, useActionsWorld } from "./actions-harness";
import { nextResync } from "./sync-harness";

const world = useActionsWorld();

describe("account directory", () => {
  it("loads agents, teams, labels with colours and canned responses into the store", async () => {
    const { server, platform, bea, id, actor } = await world();
    platform.createTeam({ name: "Billing", memberIds: [bea.id] });
    platform.createLabel({ title: "vip", color: "#00ff00" });
    platform.createCannedResponse({ shortCode: "hello", content: "Hi! How can I help?" });
    platform.createCannedResponse({ shortCode: "refund", content: "Refunds take 5 days." });
    platform.createCannedResponse({ shortCode: "thanks", content: "Say hello to the team" });
    platform.setLabels(id, ["vip", "gone"]);
    const state0 = actor.client.store.getState();
    expect(selectDirectoryLoadState(state0, "agents")).toMatchObject({ loaded: false });
    const results = await Promise.all([
      loadAgents(actor.client),
      loadTeams(actor.client),
      loadLabels(actor.client),
      loadCannedResponses(actor.client),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const state = actor.client.store.getState();
    expect(selectAgents(state).map((a) => a.name)).toEqual(["Ana", "Bea"]);
    expect(selectTeams(state)).toMatchObject([{ name: "Billing", is_member: false }]);
    expect(selectLabels(state)).toMatchObject([{ title: "vip", color: "#00ff00" }]);
    expect(selectDirectoryLoadState(state, "cannedResponses")).toMatchObject({
      loaded: true,
      isLoading: false,
      error: null,
    });
    await server.waitFor(
      () => (selectConversation(actor.client.store.getState(), id)?.labels?.length ?? 0) > 0,
    );
    expect(selectConversationLabels(actor.client.store.getState(), id)).toMatchObject([
      { title: "vip", color: "#00ff00" },
    ]);
    // "/" menu: short-code prefix first, then short-code or content matches.
    const typed = (text: string) =>
      selectCannedResponses(actor.client.store.getState(), text).map((c) => c.short_code);
    expect(typed("")).toEqual(["hello", "refund", "thanks"]);
    expect(typed("re")).toEqual(["refund"]);
    expect(typed("HEL")).toEqual(["hello", "thanks"]);
    expect(typed("zzz")).toEqual([]);
    expect(selectCannedResponses(actor.client.store.getState(), "re")).toBe(
      selectCannedResponses(actor.client.store.getState(), "re"),
    );
  });

  it("views loading the same list at once share one request", async () => {
    const { server, actor } = await world();
    const before = server.rest.requests.length;
    const outcomes = await Promise.all([
      loadAgents(actor.client),
      loadAgents(actor.client),
      loadAgents(actor.client),
    ]);
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    const sent = server.rest.requests.slice(before).filter((r) => r.path.endsWith("/agents"));
    expect(sent).toHaveLength(1);
  });

  it("records a failed load with its error", async () => {
    const { server, actor } = await world();
    server.rest.failNext({ path: /\/teams$/, status: 500 });
    const outcome = await loadTeams(actor.client);
    expect(outcome).toMatchObject({ ok: false, error: { code: "http" } });
    expect(selectDirectoryLoadState(actor.client.store.getState(), "teams")).toMatchObject({
      loaded: false,
      isLoading: false,
      error: { code: "http" },
    });
  });
});

describe("contact panel", () => {
  it("loads attributes and previous conversations; edits show everywhere at once and live", async () => {
    const { server, platform, contact, id, actor, watcherSees } = await world();
    platform.changeStatus(id, "resolved");
    const second = platform.createConversation({ contact, messages: ["again"] }).id;
    const contactId = contact.id;
    expect(await loadContact(actor.client, contactId)).toEqual({ ok: true });
    expect(await loadContactConversations(actor.client, contactId)).toEqual({ ok: true });
    let state = actor.client.store.getState();
    expect(selectContact(state, contactId)).toMatchObject({
      custom_attributes: { plan: "pro" },
      additional_attributes: { city: "Lisbon" },
    });
    expect(selectContactLoadState(state, contactId)).toMatchObject({ loaded: true });
    expect(selectContactConversationsLoadState(state, contactId)).toMatchObject({ loaded: true });
    expect(selectContactConversations(state, contactId).map((c) => c.id)).toEqual([second, id]);

    const hold = holdRequests((path, method) => method === "PATCH" && path.includes("/contacts/"));
    const stop = server.rest.use(hold.middleware);
    const editing = updateContact(actor.client, contactId, {
      name: "Bruno Silva",
      phoneNumber: "+351912345678",
    });
    state = actor.client.store.getState();
    expect(selectContact(state, contactId)?.name).toBe("Bruno Silva");
    expect(selectConversation(state, second)?.meta?.sender?.name).toBe("Bruno Silva");
    hold.release();
    expect(await editing).toMatchObject({ ok: true, value: { name: "Bruno Silva" } });
    stop();
    const patch = server.rest.requests.find((r) => r.method === "PATCH");
    expect(patch).toMatchObject({
      path: `/api/v1/accounts/${platform.defaultAccountId}/contacts/${contactId}`,
      body: { name: "Bruno Silva", phone_number: "+351912345678" },
    });
    await watcherSees(
      (w) => selectContact(w.client.store.getState(), contactId)?.phone_number === "+351912345678",
    );
    expect(platform.events.filter((e) => e.event === "contact.updated")).toHaveLength(1);
  });

  it("a refused edit comes back with the platform's message and the old values", async () => {
    const { platform, contact, actor } = await world();
    platform.createContact({ name: "Other", email: "taken@example.com" });
    const contactId = contact.id;
    await loadContact(actor.client, contactId);
    const outcome = await updateContact(actor.client, contactId, { email: "taken@example.com" });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: "http",
        details: { status: 422, body: { error: "Email has already been taken" } },
      },
    });
    expect(selectContact(actor.client.store.getState(), contactId)?.email).toBe(
      "bruno@example.com",
    );
    const phone = await updateContact(actor.client, contactId, { phoneNumber: "12345" });
    expect(phone).toMatchObject({ ok: false, error: { details: { status: 422 } } });
    expect(
      selectContact(actor.client.store.getState(), contactId)?.phone_number ?? null,
    ).toBeNull();
  });

  it("refreshOnResync loads now and again after every resync", async () => {
    const { server, platform, contact, actor } = await world();
    const contactId = contact.id;
    const stop = refreshOnResync(actor.client, () => loadContact(actor.client, contactId));
    await server.waitFor(
      () => selectContactLoadState(actor.client.store.getState(), contactId).loaded,
    );
    // An edit whose event this client never got (held and dropped): the next resync brings it.
    platform.holdEvents();
    platform.updateContact(contactId, { name: "Renamed offline" });
    platform.releaseEvents({ drop: true });
    const resynced = nextResync(actor.client);
    await actor.client.resync();
    await resynced;
    await server.waitFor(
      () => selectContact(actor.client.store.getState(), contactId)?.name === "Renamed offline",
    );
    stop();
  });
});

describe("search", () => {
  it("lists the platform's matches in any status, with their own load state", async () => {
    const { server, platform, contact, id, actor } = await world();
    platform.receiveContactMessage(id, "My REFUND did not arrive");
    platform.changeStatus(id, "resolved");
    const other = platform.createConversation({ contact, messages: ["unrelated"] }).id;
    const query = { q: "refund" };
    expect(await actor.client.loadConversations(query)).toEqual({ ok: true });
    const request = server.rest.requests.filter((r) => r.path.endsWith("/conversations")).at(-1);
    expect(request?.query).toMatchObject({ q: "refund" });
    const state = actor.client.store.getState();
    expect(selectConversationsForQuery(state, query).map((c) => c.id)).toEqual([id]);
    expect(selectListLoadState(state, query)).toMatchObject({ loaded: true, ids: [id] });
    // Other lists are not affected.
    expect(selectConversationsForQuery(state, { status: "open" }).map((c) => c.id)).toContain(
      other,
    );
    expect(selectConversationsForQuery(state, query)).toBe(
      selectConversationsForQuery(state, query),
    );
  });
});
