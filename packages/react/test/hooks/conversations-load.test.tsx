import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ConversationListQuery } from "@unilink/core";
import { describe, expect, test } from "vitest";
import { type ConversationsView, useConversations } from "../../src";
import { ConversationTotal } from "../helpers/probes";
import {
  holdRequests,
  type PlatformSetup,
  renderAgentConnected,
  requests,
  startPlatform,
} from "./platform";

function Inbox({ query, views }: { query?: ConversationListQuery; views?: ConversationsView[] }) {
  const view = useConversations(query, { load: true });
  views?.push(view);
  const { conversations, isLoading, error, hasMore, loadMore } = view;
  const state = isLoading ? "loading" : error ? `error ${error.code}` : hasMore ? "more" : "all";
  return (
    <section>
      <p data-testid="state">{state}</p>
      <ul aria-label="inbox">
        {conversations.map((c) => (
          <li key={c.id}>{c.id}</li>
        ))}
      </ul>
      <button type="button" onClick={() => void loadMore()}>
        more
      </button>
    </section>
  );
}

const state = () => screen.getByTestId("state").textContent;
const shownIds = () =>
  Array.from(
    screen.getByRole("list", { name: "inbox" }).querySelectorAll("li"),
    (li) => li.textContent,
  );
const listRequests = (setup: PlatformSetup) => requests(setup.server, "GET", "/conversations");

function openConversations(setup: PlatformSetup, count: number): number[] {
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  return Array.from(
    { length: count },
    (_, i) => setup.server.platform.createConversation({ contact, messages: [`hi ${i}`] }).id,
  );
}

/** The platform's open conversations, newest activity first (what the inbox must show). */
function truthIds(setup: PlatformSetup, status = "open"): string[] {
  return setup.server.platform
    .conversations()
    .filter((c) => c.status === status)
    .sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0) || b.id - a.id)
    .map((c) => String(c.id));
}

describe("useConversations(query, { load: true })", () => {
  test("says loading from the first render, then shows the server's page; loadMore pages", async () => {
    const setup = await startPlatform();
    openConversations(setup, 30);
    const held = holdRequests(setup.server, "/conversations");
    const views: ConversationsView[] = [];
    await renderAgentConnected(setup, <Inbox query={{ status: "open" }} views={views} />);
    // Before any answer, and already in the render before the effect ran: a spinner, not an empty inbox.
    expect(views[0]?.isLoading).toBe(true);
    expect(state()).toBe("loading");
    expect(shownIds()).toEqual([]);

    held.release();
    await waitFor(() => expect(state()).toBe("more"));
    expect(shownIds()).toEqual(truthIds(setup).slice(0, 25));
    expect(listRequests(setup)).toHaveLength(1);

    fireEvent.click(screen.getByRole("button", { name: "more" }));
    await waitFor(() => expect(state()).toBe("all"));
    expect(shownIds()).toEqual(truthIds(setup));
    expect(listRequests(setup).map((r) => r.query.page)).toEqual(["1", "2"]);
  });

  test("a failed load shows the error; loadMore then recovers", async () => {
    const setup = await startPlatform();
    openConversations(setup, 2);
    setup.server.rest.failNext({ method: "GET", path: /\/conversations$/, status: 503 });
    await renderAgentConnected(setup, <Inbox />);
    await waitFor(() => expect(state()).toBe("error http"));
    expect(shownIds()).toEqual([]);

    fireEvent.click(screen.getByRole("button", { name: "more" }));
    await waitFor(() => expect(state()).toBe("all"));
    expect(shownIds()).toEqual(truthIds(setup));
  });

  test("a client without a REST api shows the error instead of loading forever", async () => {
    const setup = await startPlatform();
    await renderAgentConnected(setup, <Inbox />, { client: { api: undefined } });
    await waitFor(() => expect(state()).toBe("error validation"));
    expect(listRequests(setup)).toHaveLength(0);
  });

  test("an equal inline query does not reload; a different one loads its own list", async () => {
    const setup = await startPlatform();
    const [first] = openConversations(setup, 3);
    setup.server.platform.changeStatus(first as number, "resolved");
    const { rerender } = await renderAgentConnected(setup, <Inbox query={{ status: "open" }} />);
    await waitFor(() => expect(state()).toBe("all"));
    expect(shownIds()).toEqual(truthIds(setup));

    rerender(<Inbox query={{ status: "open" }} />);
    rerender(<Inbox query={{ status: "open" }} />);
    expect(listRequests(setup)).toHaveLength(1);

    rerender(<Inbox query={{ status: "resolved" }} />);
    await waitFor(() => expect(shownIds()).toEqual([String(first)]));
    expect(listRequests(setup).map((r) => r.query.status)).toEqual(["open", "resolved"]);
  });

  test("under StrictMode the double mount sends one request", async () => {
    const setup = await startPlatform();
    openConversations(setup, 2);
    await renderAgentConnected(setup, <Inbox />, { strict: true });
    await waitFor(() => expect(state()).toBe("all"));
    expect(shownIds()).toEqual(truthIds(setup));
    expect(listRequests(setup)).toHaveLength(1);
  });

  test("live events keep the loaded list current; the view keeps its identity otherwise", async () => {
    const setup = await startPlatform();
    openConversations(setup, 2);
    const views: ConversationsView[] = [];
    await renderAgentConnected(
      setup,
      <>
        <Inbox views={views} />
        <ConversationTotal />
      </>,
    );
    await waitFor(() => expect(state()).toBe("all"));

    // A new open conversation arrives over the socket, not by reloading.
    const [fresh] = openConversations(setup, 1);
    await waitFor(() => expect(shownIds()[0]).toBe(String(fresh)));
    expect(listRequests(setup)).toHaveLength(1);

    // Changes the list does not show: no new view object, no re-render.
    const [other] = openConversations(setup, 1);
    setup.server.platform.changeStatus(other as number, "snoozed");
    await waitFor(() => expect(screen.getByTestId("total").textContent).toBe("4"));
    await waitFor(() => expect(shownIds()).not.toContain(String(other)));
    const afterSnooze = views.length;
    setup.server.platform.addActivity(other as number, "snoozed by Ana");
    setup.server.platform.changeStatus(other as number, "pending");
    await waitFor(() =>
      expect(setup.client.store.getState().conversations[other as number]?.status).toBe("pending"),
    );
    expect(views.length).toBe(afterSnooze);
    expect(views.at(-1)).toBe(views[afterSnooze - 1]);
  });
});
