import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { events } from "@unilink/testing";
import { expect, test, vi } from "vitest";
import { NotificationBell } from "../../src/components";
import { startLive } from "./helpers/live";

test("the bell names its unread count, opens a list, marks read, and Escape returns focus", async () => {
  const live = await startLive();
  const conversation = live.factories.conversation();
  const first = live.factories.notification(
    { push_message_title: "Ana mentioned you" },
    { conversation },
  );
  const second = live.factories.notification(
    { push_message_title: "New conversation #9" },
    { conversation },
  );
  live.send(events.notificationCreated(first, { unreadCount: 1, count: 1 }));
  live.send(events.notificationCreated(second, { unreadCount: 2, count: 2 }));
  const onSelect = vi.fn();
  const onMarkRead = vi.fn();
  live.render(<NotificationBell onSelect={onSelect} onMarkRead={onMarkRead} />);

  const bell = await screen.findByRole("button", { name: "Notifications, 2 unread" });
  expect(bell.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(bell);
  expect(bell.getAttribute("aria-expanded")).toBe("true");
  const panel = screen.getByRole("region", { name: "Notifications" });
  const items = within(panel).getAllByRole("listitem");
  expect(items.map((item) => item.textContent)).toEqual([
    expect.stringContaining("New conversation #9"),
    expect.stringContaining("Ana mentioned you"),
  ]);

  fireEvent.click(within(panel).getByRole("button", { name: "Mark all as read" }));
  expect(onMarkRead).toHaveBeenLastCalledWith("all");

  fireEvent.click(within(panel).getByRole("button", { name: /Ana mentioned you/ }));
  expect(onMarkRead).toHaveBeenLastCalledWith([first.id]);
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: first.id }));
  expect(panel.hidden).toBe(true);
  expect(document.activeElement).toBe(bell);

  fireEvent.click(bell);
  fireEvent.keyDown(within(panel).getByRole("button", { name: "Mark all as read" }), {
    key: "Escape",
  });
  expect(panel.hidden).toBe(true);
  expect(document.activeElement).toBe(bell);

  live.send(
    events.notificationUpdated(
      { ...first, read_at: Date.now() / 1000 },
      { unreadCount: 1, count: 2 },
    ),
  );
  await waitFor(() =>
    expect(screen.getByRole("button", { name: "Notifications, 1 unread" })).toBe(bell),
  );
});
