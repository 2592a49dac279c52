import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useEffect } from "react";
import { expect, test } from "vitest";
import { NotificationBell, useUniLinkClient } from "../../src";
import { renderAgent, startPlatform } from "../hooks/platform";

function LoadNotifications() {
  const client = useUniLinkClient();
  useEffect(() => {
    void client.loadNotifications();
  }, [client]);
  return null;
}

/** Ana is assigned Bruno's conversation by Caio; Bruno then writes twice. */
async function bellWorld() {
  const setup = await startPlatform();
  const { platform } = setup.server;
  const caio = platform.createAgent({ name: "Caio Lima" });
  const bruno = platform.createContact({ name: "Bruno Costa" });
  const conversation = platform.createConversation({ contact: bruno });
  platform.assign(conversation.id, setup.agent.id, { performerId: caio.id });
  platform.receiveContactMessage(conversation.id, "My parcel #48213 never arrived");
  await renderAgent(
    setup,
    <>
      <LoadNotifications />
      <NotificationBell />
    </>,
  );
  return { setup, platform, conversation, bruno };
}

test("notifications name the contact and quote their message, not only the conversation number", async () => {
  await bellWorld();
  const bell = await screen.findByRole("button", { name: "Notifications, 2 unread" });
  fireEvent.click(bell);
  const panel = screen.getByRole("region", { name: "Notifications" });
  const items = within(panel)
    .getAllByRole("listitem")
    .map((item) => item.textContent);
  expect(items).toEqual([
    expect.stringMatching(/Bruno Costa.*My parcel #48213 never arrived/),
    expect.stringMatching(/Bruno Costa.*Caio Lima assigned this conversation to you/),
  ]);
});

test("the bell marks one and all read on the platform, at once on screen", async () => {
  const { setup, platform } = await bellWorld();
  const bell = await screen.findByRole("button", { name: "Notifications, 2 unread" });
  fireEvent.click(bell);
  const panel = screen.getByRole("region", { name: "Notifications" });
  fireEvent.click(within(panel).getByRole("button", { name: /never arrived/ }));
  // Optimistic: the count drops before the platform answers.
  expect(bell.getAttribute("aria-label")).toBe("Notifications, 1 unread");
  await waitFor(() =>
    expect(platform.notifications(setup.agent.id).filter((n) => n.read_at === null)).toHaveLength(
      1,
    ),
  );
  fireEvent.click(bell);
  fireEvent.click(within(panel).getByRole("button", { name: "Mark all as read" }));
  expect(bell.getAttribute("aria-label")).toBe("Notifications");
  await waitFor(() =>
    expect(platform.notifications(setup.agent.id).every((n) => n.read_at !== null)).toBe(true),
  );
  expect(screen.getByRole("button", { name: "Notifications" })).toBe(bell);
});
