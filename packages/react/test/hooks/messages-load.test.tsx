import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { type MessagesView, useMessages } from "../../src";
import { holdRequests, renderAgentConnected, requests, startPlatform } from "./platform";

function Thread({ id, views }: { id: number; views?: MessagesView[] }) {
  const view = useMessages(id, { load: true });
  views?.push(view);
  const { messages, isLoading, error, hasMore, loadMore } = view;
  const state = isLoading ? "loading" : error ? `error ${error.code}` : hasMore ? "older" : "start";
  return (
    <section>
      <p data-testid="state">{state}</p>
      <ol aria-label="thread">
        {messages.map((m) => (
          <li key={m.id}>{m.content}</li>
        ))}
      </ol>
      <button type="button" onClick={() => void loadMore()}>
        older
      </button>
    </section>
  );
}

const state = () => screen.getByTestId("state").textContent;
const shown = () =>
  Array.from(
    screen.getByRole("list", { name: "thread" }).querySelectorAll("li"),
    (li) => li.textContent,
  );

test("useMessages(id, { load: true }) shows the latest page, loads older ones, ends at the start", async () => {
  const setup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const texts = Array.from({ length: 26 }, (_, i) => `message ${i + 1}`);
  const { id } = setup.server.platform.createConversation({ contact, messages: texts });
  const held = holdRequests(setup.server, "/messages");
  const views: MessagesView[] = [];
  await renderAgentConnected(setup, <Thread id={id} views={views} />);
  expect(views[0]?.isLoading).toBe(true);
  expect(state()).toBe("loading");

  held.release();
  await waitFor(() => expect(state()).toBe("older"));
  const truth = setup.server.platform.messages(id).map((m) => m.content);
  expect(truth).toEqual(texts);
  expect(shown()).toEqual(texts.slice(-20));

  fireEvent.click(screen.getByRole("button", { name: "older" }));
  await waitFor(() => expect(state()).toBe("start"));
  expect(shown()).toEqual(texts);
  const pages = requests(setup.server, "GET", "/messages").map((r) => r.query.before ?? "latest");
  expect(pages).toHaveLength(2);
  expect(pages[0]).toBe("latest");
});

test("a new conversation id loads that thread; live messages join the loaded one", async () => {
  const setup = await startPlatform();
  const { platform } = setup.server;
  const contact = platform.createContact({ name: "Bruno" });
  const first = platform.createConversation({ contact, messages: ["first thread"] }).id;
  const second = platform.createConversation({ contact, messages: ["second thread"] }).id;
  const { rerender } = await renderAgentConnected(setup, <Thread id={first} />);
  await waitFor(() => expect(shown()).toEqual(["first thread"]));
  expect(state()).toBe("start");

  rerender(<Thread id={second} />);
  await waitFor(() => expect(shown()).toEqual(["second thread"]));
  platform.agentReply(second, "live reply");
  await waitFor(() => expect(shown()).toEqual(["second thread", "live reply"]));
  expect(requests(setup.server, "GET", "/messages")).toHaveLength(2);
});
