import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { events } from "@unilink/testing";
import { afterEach, expect, test, vi } from "vitest";
import { MessageList } from "../../src/components";
import { type Live, startLive } from "./helpers/live";

afterEach(() => {
  vi.useRealTimers();
});

function liveRegion(container: HTMLElement): HTMLElement {
  const region = container.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error("no live region");
  return region;
}

async function withThread(live: Live) {
  const conversation = live.factories.conversation();
  const contact = conversation.meta.sender;
  const agent = live.factories.user({ name: "Agent Ana", available_name: "Ana" });
  const history = [
    live.factories.message({ content: "Hello, my order is late" }, { conversation }),
    live.factories.message(
      { content: "Sorry! Let me check", message_type: 1 },
      { conversation, sender: agent },
    ),
    live.factories.message(
      { content: "Customer is VIP", message_type: 1, private: true },
      { conversation, sender: agent },
    ),
    live.factories.message(
      { content: "Conversation was assigned to Ana", message_type: 2 },
      { conversation },
    ),
    live.factories.message(
      { content: "gone", content_attributes: { deleted: true } },
      { conversation },
    ),
    live.factories.message(
      { content: "Resent", message_type: 1, status: "failed" },
      { conversation, sender: agent },
    ),
  ];
  act(() =>
    live.client.hydrate({ messages: [{ conversationId: conversation.id, messages: history }] }),
  );
  return { conversation, contact, agent, history };
}

test("agent view: incoming, outgoing, private note, activity, deleted and failed styles", async () => {
  const live = await startLive();
  const { conversation } = await withThread(live);
  const onRetry = vi.fn();
  const { container } = live.render(
    <MessageList conversationId={conversation.id} onRetry={onRetry} />,
  );
  const bubble = (text: string) => screen.getByText(text).closest(".unilink-message");
  expect(bubble("Hello, my order is late")?.className).toContain("unilink-message--incoming");
  expect(bubble("Sorry! Let me check")?.className).toContain("unilink-message--outgoing");
  expect(bubble("Customer is VIP")?.className).toContain("unilink-message--private");
  expect(bubble("Conversation was assigned to Ana")?.className).toContain(
    "unilink-message--activity",
  );
  expect(bubble("This message was deleted")?.className).toContain("unilink-message--deleted");
  expect(screen.queryByText("gone")).toBeNull();
  expect(within(bubble("Resent") as HTMLElement).getByText("Not delivered")).toBeTruthy();
  expect(container.querySelector(".unilink-day")?.textContent).toBe("Today");

  fireEvent.click(screen.getByRole("button", { name: "Retry" }));
  expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ content: "Resent" }));
});

test("contact view: private notes are never shown; agents' replies are incoming", async () => {
  const live = await startLive({ as: "contact" });
  const { conversation } = await withThread(live);
  live.render(<MessageList conversationId={conversation.id} viewer="contact" />);
  expect(screen.queryByText("Customer is VIP")).toBeNull();
  expect(screen.getByText("Sorry! Let me check").closest(".unilink-message")?.className).toContain(
    "unilink-message--incoming",
  );
  expect(
    screen.getByText("Hello, my order is late").closest(".unilink-message")?.className,
  ).toContain("unilink-message--outgoing");
});

test("new incoming messages are announced politely, batched; history and own messages are not", async () => {
  const live = await startLive();
  const { conversation, contact, agent } = await withThread(live);
  const { container } = live.render(
    <MessageList conversationId={conversation.id} announceDelayMs={1000} />,
  );
  const region = liveRegion(container);
  expect(region.getAttribute("aria-atomic")).toBe("true");
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });

  live.send(
    events.messageCreated(live.factories.message({ content: "Are you there?" }, { conversation })),
  );
  await vi.waitFor(() => expect(screen.getByText("Are you there?")).toBeTruthy());
  live.send(
    events.messageCreated(live.factories.message({ content: "Hello??" }, { conversation })),
  );
  await vi.waitFor(() => expect(screen.getByText("Hello??")).toBeTruthy());
  expect(region.textContent).toBe("");

  act(() => vi.advanceTimersByTime(1000));
  expect(region.textContent).toBe(`2 new messages from ${contact.name}`);

  live.send(
    events.messageCreated(
      live.factories.message(
        { content: "Our reply", message_type: 1 },
        { conversation, sender: agent },
      ),
    ),
  );
  live.send(
    events.messageCreated(live.factories.message({ content: "Thanks!" }, { conversation })),
  );
  await vi.waitFor(() => expect(screen.getByText("Thanks!")).toBeTruthy());
  act(() => vi.advanceTimersByTime(1000));
  expect(region.textContent).toBe(`New message from ${contact.name}: Thanks!`);

  // An older page fetched now is history, not news.
  const older = live.factories.message(
    { content: "Old one", created_at: 1_600_000_000 },
    { conversation },
  );
  act(() =>
    live.client.hydrate({ messages: [{ conversationId: conversation.id, messages: [older] }] }),
  );
  await vi.waitFor(() => expect(screen.getByText("Old one")).toBeTruthy());
  act(() => vi.advanceTimersByTime(5000));
  expect(region.textContent).toBe(`New message from ${contact.name}: Thanks!`);
});

test("scrolled up: new messages do not move the view; a button counts them and jumps down", async () => {
  const live = await startLive();
  const { conversation } = await withThread(live);
  const { container } = live.render(<MessageList conversationId={conversation.id} />);
  const scroller = container.querySelector<HTMLElement>(".unilink-message-list__scroller");
  if (!scroller) throw new Error("no scroller");
  // jsdom has no layout: give the scroller a size and scroll it up.
  Object.defineProperty(scroller, "scrollHeight", { configurable: true, value: 2000 });
  Object.defineProperty(scroller, "clientHeight", { configurable: true, value: 400 });
  scroller.scrollTop = 600;
  fireEvent.scroll(scroller);

  live.send(events.messageCreated(live.factories.message({ content: "One" }, { conversation })));
  live.send(events.messageCreated(live.factories.message({ content: "Two" }, { conversation })));
  const jump = await screen.findByRole("button", { name: /2 new messages/ });
  expect(scroller.scrollTop).toBe(600);

  fireEvent.click(jump);
  expect(scroller.scrollTop).toBe(2000);
  expect(screen.queryByRole("button", { name: /new messages/ })).toBeNull();
});

test("at the bottom: new messages keep the view at the bottom", async () => {
  const live = await startLive();
  const { conversation } = await withThread(live);
  const { container } = live.render(<MessageList conversationId={conversation.id} />);
  const scroller = container.querySelector<HTMLElement>(
    ".unilink-message-list__scroller",
  ) as HTMLElement;
  Object.defineProperty(scroller, "scrollHeight", { configurable: true, value: 3000 });
  live.send(events.messageCreated(live.factories.message({ content: "Bottom" }, { conversation })));
  await screen.findByText("Bottom");
  await waitFor(() => expect(scroller.scrollTop).toBe(3000));
  expect(screen.queryByRole("button", { name: /new messages/ })).toBeNull();
});

test("windowed: only the newest page renders; earlier ones on request, then from the server", async () => {
  const live = await startLive();
  const conversation = live.factories.conversation();
  const messages = Array.from({ length: 30 }, (_, i) =>
    live.factories.message({ content: `m${i}` }, { conversation }),
  );
  act(() => live.client.hydrate({ messages: [{ conversationId: conversation.id, messages }] }));
  const onLoadOlder = vi.fn(async () => ({ hasMore: false }));
  live.render(
    <MessageList conversationId={conversation.id} pageSize={10} onLoadOlder={onLoadOlder} />,
  );
  expect(screen.queryByText("m19")).toBeNull();
  expect(screen.getByText("m20")).toBeTruthy();

  fireEvent.click(screen.getByRole("button", { name: "Show earlier messages" }));
  await screen.findByText("m10");
  fireEvent.click(screen.getByRole("button", { name: "Show earlier messages" }));
  await screen.findByText("m0");
  expect(onLoadOlder).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole("button", { name: "Show earlier messages" }));
  await waitFor(() => expect(onLoadOlder).toHaveBeenCalledWith(conversation.id));
  expect(await screen.findByText("This is the start of the conversation.")).toBeTruthy();
});
