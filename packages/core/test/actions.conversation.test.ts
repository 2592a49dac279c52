import { describe, expect, it } from "vitest";
import {
  addConversationLabels,
  assignConversation,
  assignTeam,
  conversationQueryToFilter,
  createUniLinkClient,
  removeConversationLabels,
  selectConversation,
  selectConversationList,
  setConversationPriority,
  setConversationStatus,
  snoozeConversation,
} from "../src";
import { holdRequests, useActionsWorld } from "./actions-harness";

const world = useActionsWorld();

const lastRequest = (server: {
  rest: { requests: { method: string; path: string; body: unknown }[] };
}) => server.rest.requests.filter((r) => r.method !== "GET").at(-1);

describe("assigning", () => {
  it("shows the assignee at once, posts assignee_id, and the other dashboard gets it live", async () => {
    const { server, platform, bea, id, actor, watcherSees } = await world();
    const hold = holdRequests((path) => path.endsWith("/assignments"));
    const stop = server.rest.use(hold.middleware);
    const outcome = assignConversation(actor.client, id, bea.id);
    // Before the platform answered: the row already shows Bea.
    expect(selectConversation(actor.client.store.getState(), id)?.meta?.assignee?.id).toBe(bea.id);
    hold.release();
    expect(await outcome).toMatchObject({ ok: true, value: { id: bea.id } });
    stop();
    expect(lastRequest(server)).toMatchObject({
      method: "POST",
      path: `/api/v1/accounts/${platform.defaultAccountId}/conversations/${id}/assignments`,
      body: { assignee_id: bea.id },
    });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.meta?.assignee?.id === bea.id,
    );
    expect(platform.conversation(id).meta.assignee?.id).toBe(bea.id);
    // Unassigning goes the same way.
    expect(await assignConversation(actor.client, id, null)).toEqual({ ok: true, value: null });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.meta?.assignee === null,
    );
  });

  it("rolls back and reports a typed error when the platform refuses", async () => {
    const { server, platform, bea, id, actor } = await world();
    server.rest.failNext({ path: /assignments$/, status: 403, body: { error: "forbidden" } });
    const outcome = await assignConversation(actor.client, id, bea.id);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.error).toMatchObject({ code: "http", details: { status: 403 } });
    expect(actor.errors.map((e) => e.code)).toContain("http");
    expect(
      selectConversation(actor.client.store.getState(), id)?.meta?.assignee ?? null,
    ).toBeNull();
    expect(platform.conversation(id).meta.assignee).toBeNull();
  });

  it("ends equal to the server when the change happened but the answer was lost", async () => {
    const { server, platform, bea, id, actor } = await world();
    server.rest.failNext({ path: /assignments$/, status: 502, afterHandling: true });
    const outcome = await assignConversation(actor.client, id, bea.id);
    expect(outcome.ok).toBe(false);
    await server.waitFor(
      () => selectConversation(actor.client.store.getState(), id)?.meta?.assignee?.id === bea.id,
      2000,
    );
    expect(platform.conversation(id).meta.assignee?.id).toBe(bea.id);
  });

  it("assigns a team; an assignee outside it is removed, live in the other dashboard", async () => {
    const { server, platform, ana, bea, id, actor, watcherSees } = await world();
    const billing = platform.createTeam({ name: "Billing", memberIds: [bea.id] });
    platform.assign(id, ana.id);
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.meta?.assignee?.id === ana.id,
    );
    const outcome = await assignTeam(actor.client, id, billing.id);
    expect(outcome).toMatchObject({ ok: true, value: { id: billing.id, name: "Billing" } });
    expect(lastRequest(server)?.body).toEqual({ team_id: billing.id });
    const shown = (state: ReturnType<typeof actor.client.store.getState>) => {
      const meta = selectConversation(state, id)?.meta;
      return meta?.team?.id === billing.id && meta?.assignee === null;
    };
    await server.waitFor(() => shown(actor.client.store.getState()), 2000);
    await watcherSees((w) => shown(w.client.store.getState()));
    const events = platform.events.map((e) => e.event);
    expect(events).toEqual(expect.arrayContaining(["team.changed", "assignee.changed"]));
  });
});

describe("labels", () => {
  it("adds and removes labels optimistically; the platform drops unknown titles", async () => {
    const { server, platform, id, actor, watcherSees } = await world();
    platform.createLabel({ title: "billing", color: "#ff0000" });
    platform.createLabel({ title: "vip", color: "#00ff00" });
    const hold = holdRequests((path) => path.endsWith("/labels"));
    const stop = server.rest.use(hold.middleware);
    const adding = addConversationLabels(actor.client, id, ["billing", "nope"]);
    expect(selectConversation(actor.client.store.getState(), id)?.labels).toEqual([
      "billing",
      "nope",
    ]);
    hold.release();
    expect(await adding).toEqual({ ok: true, value: ["billing"] });
    stop();
    expect(lastRequest(server)?.body).toEqual({ labels: ["billing", "nope"] });
    // The events carry what the platform kept.
    await server.waitFor(
      () => selectConversation(actor.client.store.getState(), id)?.labels?.join() === "billing",
      2000,
    );
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.labels?.join() === "billing",
    );
    await addConversationLabels(actor.client, id, ["vip"]);
    expect(await removeConversationLabels(actor.client, id, ["billing"])).toEqual({
      ok: true,
      value: ["vip"],
    });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.labels?.join() === "vip",
    );
    expect(platform.conversation(id).labels).toEqual(["vip"]);
  });

  it("a lost answer after the change arrived live still ends with the server's labels", async () => {
    const { server, platform, id, actor } = await world();
    platform.createLabel({ title: "vip" });
    let heard = 0;
    actor.client.on("conversation.updated", (data) => {
      if (data.id === id) heard++;
    });
    // The platform stores the labels and broadcasts them; the answer is lost only after the
    // actor heard the event, which shows exactly the optimistic labels.
    server.rest.use(async (request, next) => {
      const response = await next();
      if (request.path.endsWith("/labels")) await server.waitFor(() => heard > 0);
      return response;
    });
    server.rest.failNext({ path: /labels$/, status: 502, afterHandling: true });
    const outcome = await addConversationLabels(actor.client, id, ["vip"]);
    expect(outcome.ok).toBe(false);
    expect(platform.conversation(id).labels).toEqual(["vip"]);
    expect(selectConversation(actor.client.store.getState(), id)?.labels).toEqual(["vip"]);
  });

  it("puts the labels back when the call fails", async () => {
    const { server, platform, id, actor } = await world();
    platform.createLabel({ title: "vip" });
    server.rest.failNext({ path: /labels$/, drop: true });
    const outcome = await addConversationLabels(actor.client, id, ["vip"]);
    expect(outcome).toMatchObject({ ok: false, error: { code: "network" } });
    expect(selectConversation(actor.client.store.getState(), id)?.labels ?? []).toEqual([]);
  });
});

describe("status, snooze and priority", () => {
  it("snoozes: the row leaves Open at once and comes back when the platform reopens it", async () => {
    const { server, platform, id, actor, watcher, watcherSees } = await world();
    const open = conversationQueryToFilter({ status: "open" });
    const untilSeconds = Math.floor(Date.now() / 1000) + 3600;
    const hold = holdRequests((path) => path.endsWith("/toggle_status"));
    const stop = server.rest.use(hold.middleware);
    const snoozing = snoozeConversation(actor.client, id, untilSeconds);
    const pending = actor.client.store.getState();
    expect(selectConversationList(pending, open).map((c) => c.id)).not.toContain(id);
    expect(selectConversation(pending, id)).toMatchObject({
      status: "snoozed",
      snoozed_until: untilSeconds,
    });
    hold.release();
    expect(await snoozing).toEqual({ ok: true, value: "snoozed" });
    stop();
    expect(lastRequest(server)?.body).toEqual({ status: "snoozed", snoozed_until: untilSeconds });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.status === "snoozed",
    );
    expect(selectConversation(watcher.client.store.getState(), id)?.snoozed_until).toBe(
      untilSeconds,
    );
    // The platform's job reopens it once its time came.
    expect(platform.reopenDueSnoozed()).toBe(0);
    platform.snooze(id, Date.now() - 1000);
    expect(platform.reopenDueSnoozed()).toBe(1);
    await watcherSees((w) =>
      selectConversationList(w.client.store.getState(), open).some((c) => c.id === id),
    );
    await server.waitFor(
      () => selectConversationList(actor.client.store.getState(), open).some((c) => c.id === id),
      2000,
    );
    expect(selectConversation(actor.client.store.getState(), id)?.snoozed_until ?? null).toBeNull();
  });

  it("snoozed until the next reply: the contact writing opens it again", async () => {
    const { platform, id, actor, watcherSees } = await world();
    expect(await snoozeConversation(actor.client, id, null)).toEqual({
      ok: true,
      value: "snoozed",
    });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.status === "snoozed",
    );
    platform.receiveContactMessage(id, "any news?");
    await watcherSees((w) => selectConversation(w.client.store.getState(), id)?.status === "open");
  });

  it("resolves, marks pending and reopens; a failure puts the status back", async () => {
    const { server, id, actor, watcherSees } = await world();
    expect(await setConversationStatus(actor.client, id, "resolved")).toEqual({
      ok: true,
      value: "resolved",
    });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.status === "resolved",
    );
    expect(await setConversationStatus(actor.client, id, "pending")).toEqual({
      ok: true,
      value: "pending",
    });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.status === "pending",
    );
    server.rest.failNext({ path: /toggle_status$/, status: 500 });
    const failed = await setConversationStatus(actor.client, id, "open");
    expect(failed.ok).toBe(false);
    expect(selectConversation(actor.client.store.getState(), id)?.status).toBe("pending");
  });

  it("sets and clears the priority; lists sort by it", async () => {
    const { server, platform, contact, id, actor, watcherSees } = await world();
    const other = platform.createConversation({ contact, messages: ["second"] }).id;
    await actor.client.loadConversations({ status: "all" });
    const hold = holdRequests((path) => path.endsWith("/toggle_priority"));
    const stop = server.rest.use(hold.middleware);
    const setting = setConversationPriority(actor.client, id, "urgent");
    expect(selectConversation(actor.client.store.getState(), id)?.priority).toBe("urgent");
    hold.release();
    expect(await setting).toEqual({ ok: true, value: undefined });
    stop();
    expect(lastRequest(server)?.body).toEqual({ priority: "urgent" });
    await watcherSees(
      (w) => selectConversation(w.client.store.getState(), id)?.priority === "urgent",
    );
    const byPriority = conversationQueryToFilter({ status: "all", sortBy: "priority_desc" });
    expect(
      selectConversationList(actor.client.store.getState(), byPriority).map((c) => c.id),
    ).toEqual([id, other]);
    server.rest.failNext({ path: /toggle_priority$/, status: 422 });
    expect((await setConversationPriority(actor.client, id, "low")).ok).toBe(false);
    expect(selectConversation(actor.client.store.getState(), id)?.priority).toBe("urgent");
    expect(await setConversationPriority(actor.client, id, null)).toEqual({
      ok: true,
      value: undefined,
    });
    await watcherSees((w) => selectConversation(w.client.store.getState(), id)?.priority == null);
  });
});

describe("without an agent api", () => {
  it("resolves a typed error and changes nothing", async () => {
    const client = createUniLinkClient({
      url: "http://localhost:1",
      pubsubToken: "t",
      accountId: 1,
    });
    const errors: unknown[] = [];
    const probe = { ...client, reportError: (e: unknown) => errors.push(e) };
    const outcome = await assignConversation(probe as typeof client, 1, 2);
    expect(outcome).toMatchObject({ ok: false, error: { code: "validation" } });
    expect(errors).toHaveLength(1);
    client.destroy();
  });
});
