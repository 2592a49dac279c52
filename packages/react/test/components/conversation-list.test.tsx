import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Conversation } from "@unilink/core";
import { events } from "@unilink/testing";
import { expect, test, vi } from "vitest";
import { ConversationList } from "../../src/components";
import { startLive } from "./helpers/live";

function activeOption(listbox: HTMLElement): HTMLElement | null {
  const id = listbox.getAttribute("aria-activedescendant");
  return id ? document.getElementById(id) : null;
}

test("rows show the contact, last message, unread badge and a typing hint, live", async () => {
  const live = await startLive();
  const conversation = live.factories.conversation({ unread_count: 3 });
  live.send(events.conversationCreated(conversation));
  live.render(<ConversationList />);
  const listbox = await screen.findByRole("listbox", { name: "Conversations" });
  const row = await within(listbox).findByRole("option");
  expect(row.textContent).toContain(conversation.meta.sender.name);
  expect(row.textContent).toContain(conversation.messages[0]?.content);
  expect(within(row).getByText("3 unread")).toBeTruthy();

  live.send(events.typingOn(conversation, conversation.meta.sender));
  await waitFor(() => expect(row.textContent).toContain("typing…"));
});

test("keyboard: arrows, Home/End move the active option; Enter and Space select", async () => {
  const live = await startLive();
  const conversations = [1, 2, 3].map(() => live.factories.conversation());
  for (const conversation of conversations) live.send(events.conversationCreated(conversation));
  const onSelect = vi.fn();
  live.render(<ConversationList onSelect={onSelect} />);
  const listbox = await screen.findByRole("listbox");
  await waitFor(() => expect(within(listbox).getAllByRole("option")).toHaveLength(3));
  // Newest activity first: the last created conversation is on top.
  const ids = within(listbox)
    .getAllByRole("option")
    .map((option) => option.textContent);

  act(() => listbox.focus());
  expect(activeOption(listbox)?.textContent).toBe(ids[0]);
  fireEvent.keyDown(listbox, { key: "ArrowDown" });
  expect(activeOption(listbox)?.textContent).toBe(ids[1]);
  fireEvent.keyDown(listbox, { key: "End" });
  expect(activeOption(listbox)?.textContent).toBe(ids[2]);
  fireEvent.keyDown(listbox, { key: "ArrowDown" });
  expect(activeOption(listbox)?.textContent).toBe(ids[2]);
  fireEvent.keyDown(listbox, { key: "Home" });
  expect(activeOption(listbox)?.textContent).toBe(ids[0]);
  fireEvent.keyDown(listbox, { key: "ArrowUp" });
  expect(activeOption(listbox)?.textContent).toBe(ids[0]);

  fireEvent.keyDown(listbox, { key: "ArrowDown" });
  fireEvent.keyDown(listbox, { key: "Enter" });
  const newestFirst = [...conversations].reverse();
  expect(onSelect).toHaveBeenLastCalledWith(
    newestFirst[1]?.id,
    expect.objectContaining({ id: newestFirst[1]?.id }),
  );
  fireEvent.keyDown(listbox, { key: " " });
  expect(onSelect).toHaveBeenCalledTimes(2);
});

test("10,000 conversations: only a window of rows is in the DOM, and End reaches the last", async () => {
  const live = await startLive();
  const conversations = Array.from({ length: 10_000 }, () => live.factories.conversation());
  // Straight into the store: this test is about rendering, and hydrating 10,000 items is slow.
  act(() =>
    live.client.store.setState({
      conversations: Object.fromEntries(
        conversations.map((c) => [c.id, c as unknown as Conversation]),
      ),
    }),
  );
  live.render(<ConversationList statusTabs={[]} assigneeTabs={[]} />);
  const listbox = await screen.findByRole("listbox");
  const options = within(listbox).getAllByRole("option");
  expect(options.length).toBeGreaterThan(5);
  expect(options.length).toBeLessThan(60);
  expect(options[0]?.getAttribute("aria-setsize")).toBe("10000");

  act(() => listbox.focus());
  fireEvent.keyDown(listbox, { key: "End" });
  const last = activeOption(listbox);
  expect(last?.getAttribute("aria-posinset")).toBe("10000");
  expect(within(listbox).getAllByRole("option").length).toBeLessThan(60);
  // Offsets are CSS variables set through the CSSOM, read by the stylesheet.
  expect(listbox.style.getPropertyValue("--unilink-vl-total")).toBe(`${10_000 * 72}px`);
  expect(
    Number.parseInt(listbox.style.getPropertyValue("--unilink-vl-offset"), 10),
  ).toBeGreaterThan(0);
});

test("status and assignee tabs filter; arrow keys move between tabs (mirrored in RTL)", async () => {
  const live = await startLive();
  const open = live.factories.conversation({ status: "open" });
  const resolved = live.factories.conversation({ status: "resolved" });
  live.send(events.conversationCreated(open));
  live.send(events.conversationCreated(resolved));
  const onFilterChange = vi.fn();
  live.render(
    <div dir="rtl">
      <ConversationList onFilterChange={onFilterChange} />
    </div>,
  );
  const listbox = await screen.findByRole("listbox");
  await waitFor(() => expect(within(listbox).getAllByRole("option")).toHaveLength(1));
  expect(within(listbox).getByRole("option").textContent).toContain(open.meta.sender.name);

  fireEvent.click(screen.getByRole("tab", { name: "Resolved" }));
  await waitFor(() =>
    expect(within(listbox).getByRole("option").textContent).toContain(resolved.meta.sender.name),
  );
  expect(onFilterChange).toHaveBeenLastCalledWith(expect.objectContaining({ status: "resolved" }));

  const resolvedTab = screen.getByRole("tab", { name: "Resolved" });
  expect(resolvedTab.getAttribute("aria-selected")).toBe("true");
  // In RTL, ArrowLeft moves forward (to "All").
  fireEvent.keyDown(resolvedTab, { key: "ArrowLeft" });
  const statusTabs = screen.getByRole("tablist", { name: "Conversation status" });
  expect(within(statusTabs).getByRole("tab", { name: "All", selected: true })).toBe(
    document.activeElement,
  );
  await waitFor(() => expect(within(listbox).getAllByRole("option")).toHaveLength(2));
});

test("empty and loading states", async () => {
  const live = await startLive();
  const { rerender } = live.render(<ConversationList loading />);
  expect(screen.getByRole("status").textContent).toBe("Loading conversations…");
  rerender(<ConversationList labels={{ empty: "Nada" }} />);
  expect(await screen.findByText("Nada")).toBeTruthy();
});
