import { screen, waitFor } from "@testing-library/react";
import type { ResyncResult } from "@unilink/core";
import { expect, expectTypeOf, test } from "vitest";
import { useConversations, useResyncState, useUniLinkEvent } from "../../src";
import { type PlatformSetup, renderAgentConnected, startPlatform } from "./platform";

function Inbox() {
  const { conversations } = useConversations(undefined, { load: true });
  return (
    <ul aria-label="inbox">
      {conversations.map((c) => (
        <li key={c.id}>{c.id}</li>
      ))}
    </ul>
  );
}

function ResyncStatus({ results }: { results: ResyncResult[] }) {
  const { status, error } = useResyncState();
  useUniLinkEvent("resync", (result) => {
    expectTypeOf(result).toEqualTypeOf<ResyncResult>();
    results.push(result);
  });
  return <p data-testid="resync">{error ? `${status}: ${error.code}` : status}</p>;
}

const shownIds = () =>
  Array.from(
    screen.getByRole("list", { name: "inbox" }).querySelectorAll("li"),
    (li) => li.textContent,
  );
const resync = () => screen.getByTestId("resync").textContent;

/** An inbox with one conversation, loaded and live. */
async function loadedInbox(results: ResyncResult[]) {
  const setup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const first = setup.server.platform.createConversation({ contact, messages: ["Hi"] }).id;
  await renderAgentConnected(
    setup,
    <>
      <Inbox />
      <ResyncStatus results={results} />
    </>,
    { client: { backoff: { minMs: 5, maxMs: 40, jitter: 0 } } },
  );
  await waitFor(() => expect(shownIds()).toEqual([String(first)]));
  expect(resync()).toBe("idle");
  return { setup, contact, first };
}

/** Drops the socket and holds reconnects until `unfreeze()`: whatever happens meanwhile is missed. */
async function goOffline(setup: PlatformSetup) {
  const { server } = setup;
  server.freeze();
  server.dropAll();
  await server.waitFor(
    () => server.pendingConnectionCount > 0 && setup.client.status !== "connected",
  );
}

test("after a reconnect core resyncs: the missed conversation appears, state and event say ok", async () => {
  const results: ResyncResult[] = [];
  const { setup, contact, first } = await loadedInbox(results);
  await goOffline(setup);
  const missed = setup.server.platform.createConversation({ contact, messages: ["Lost?"] }).id;
  setup.server.unfreeze();

  await waitFor(() => expect(shownIds()).toEqual([String(missed), String(first)]));
  await waitFor(() => expect(resync()).toBe("ok"));
  expect(results).toEqual([{ ok: true, durationMs: expect.any(Number) }]);
});

test("a failed resync shows as failed with its error, in the state and the event", async () => {
  const results: ResyncResult[] = [];
  const { setup } = await loadedInbox(results);
  await goOffline(setup);
  setup.server.rest.failNext({ method: "GET", path: /\/conversations$/, status: 500 });
  setup.server.unfreeze();

  await waitFor(() => expect(resync()).toBe("failed: http"));
  expect(results).toHaveLength(1);
  expect(results[0]?.ok).toBe(false);
  expect(results[0]?.error?.code).toBe("http");
});
