import { describe, expect, it } from "vitest";
import {
  type ConversationListQuery,
  createAgentApi,
  selectListLoadState,
  type UniLinkClient,
} from "../src";
import { connected, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

const OPEN_MINE: ConversationListQuery = { status: "open", assigneeType: "me" };
const OPEN_ALL: ConversationListQuery = { status: "open", assigneeType: "all" };
const RESOLVED: ConversationListQuery = { status: "resolved", assigneeType: "all" };

async function world(conversations: number) {
  const server = await harness.server();
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const contact = platform.createContact({ name: "Bruno" });
  const ids = Array.from(
    { length: conversations },
    (_, i) => platform.createConversation({ contact, messages: [`hello ${i}`] }).id,
  );
  const probe = harness.agent(server, agent);
  for (const query of [OPEN_MINE, OPEN_ALL, RESOLVED]) await probe.client.loadConversations(query);
  await connected(server, probe);
  const truth = createAgentApi({
    baseUrl: server.httpUrl,
    accessToken: agent.accessToken,
    accountId: agent.accountId,
  });
  let truthCalls = 0;
  /** The counts the platform reports now for `query`, as the client names them. */
  const serverCounts = async (query: ConversationListQuery) => {
    truthCalls++;
    const { meta } = await truth.listConversations(query);
    return {
      mineCount: meta.mine_count,
      assignedCount: meta.assigned_count,
      unassignedCount: meta.unassigned_count,
      allCount: meta.all_count,
    };
  };
  /** List pages the client fetched. */
  const listRequests = () =>
    server.rest.requests.filter((r) => r.path.endsWith("/conversations")).length - truthCalls;
  return { server, platform, agent, contact, ids, probe, serverCounts, listRequests };
}

const countsOf = (client: UniLinkClient, query: ConversationListQuery) =>
  selectListLoadState(client.store.getState(), query).counts;

describe("list counts follow live events", () => {
  it("moves every count at once when a loaded conversation is assigned, resolved and reopened", async () => {
    const { server, platform, agent, ids, probe, serverCounts, listRequests } = await world(30);
    const { client } = probe;
    expect(countsOf(client, OPEN_ALL)).toEqual({
      mineCount: 0,
      assignedCount: 0,
      unassignedCount: 30,
      allCount: 30,
    });
    const requestsBefore = listRequests();
    const newest = ids[29] as number;

    platform.assign(newest, agent.id, { performerId: agent.id });
    await server.waitFor(() => countsOf(client, OPEN_MINE)?.mineCount === 1);
    const assigned = await serverCounts(OPEN_ALL);
    expect(countsOf(client, OPEN_ALL)).toEqual(assigned);
    expect(countsOf(client, OPEN_MINE)).toEqual(assigned);

    platform.changeStatus(newest, "resolved", { performerId: agent.id });
    await server.waitFor(() => countsOf(client, RESOLVED)?.allCount === 1);
    expect(countsOf(client, OPEN_ALL)).toEqual(await serverCounts(OPEN_ALL));
    expect(countsOf(client, RESOLVED)).toEqual(await serverCounts(RESOLVED));

    // The visitor writes again: the platform reopens it, the counts move back.
    platform.receiveContactMessage(newest, "It broke again");
    await server.waitFor(() => countsOf(client, RESOLVED)?.allCount === 0);
    expect(countsOf(client, OPEN_ALL)).toEqual(await serverCounts(OPEN_ALL));
    expect(countsOf(client, RESOLVED)).toEqual(await serverCounts(RESOLVED));

    // All of it from the events alone: the client fetched no list again.
    expect(listRequests()).toBe(requestsBefore);
  });

  it("refetches the counts once for conversations it could not place (new, or never loaded)", async () => {
    const { server, platform, contact, ids, probe, serverCounts, listRequests } = await world(30);
    const { client } = probe;
    const before = listRequests();
    // Oldest: on page 2, never loaded, so the client cannot know it was counted.
    platform.changeStatus(ids[0] as number, "resolved");
    platform.createConversation({ contact, messages: ["new here"] });
    const loading = () =>
      [OPEN_ALL, OPEN_MINE, RESOLVED].some(
        (query) => selectListLoadState(client.store.getState(), query).isLoading,
      );
    await server.waitFor(() => listRequests() - before === 2 && !loading());
    expect(countsOf(client, OPEN_ALL)).toEqual(await serverCounts(OPEN_ALL));
    expect(countsOf(client, OPEN_MINE)).toEqual(await serverCounts(OPEN_MINE));
    expect(countsOf(client, RESOLVED)).toEqual(await serverCounts(RESOLVED));
    // One refetch per count scope (open, resolved), not per list or per event.
    expect(listRequests() - before).toBe(2);
  });

  it("does not count a list page's conversations twice", async () => {
    const { probe, serverCounts } = await world(30);
    const { client } = probe;
    await client.loadMoreConversations(OPEN_ALL);
    expect(selectListLoadState(client.store.getState(), OPEN_ALL).pages).toBe(2);
    expect(countsOf(client, OPEN_ALL)).toEqual(await serverCounts(OPEN_ALL));
  });
});
