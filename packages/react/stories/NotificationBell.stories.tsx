import type { Meta, StoryObj } from "@storybook/react-vite";
import { events } from "@unilink/testing/browser";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { NotificationBell } from "../src/components";
import { WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld, type StoryWorld } from "./support/world";

async function withNotifications(count: number): Promise<{ world: StoryWorld }> {
  const world = await createStoryWorld();
  const titles = [
    "Ana mentioned you in #12",
    "New conversation from Mateo",
    "Conversation #7 was assigned to you",
  ];
  for (let i = 0; i < count; i++) {
    const notification = world.factories.notification(
      { push_message_title: titles[i % titles.length] ?? "", read_at: null },
      { conversation: world.conversations[i % world.conversations.length] ?? world.conversation },
    );
    world.send(events.notificationCreated(notification, { unreadCount: i + 1, count: i + 1 }));
  }
  return { world };
}

/** The "server" marks read and broadcasts `notification.updated`, as the platform does. */
function markRead(world: StoryWorld) {
  return (ids: readonly number[] | "all") => {
    const state = world.client.store.getState().notifications;
    const targets = ids === "all" ? state.ids : ids;
    let unread = state.unreadCount;
    for (const id of targets) {
      const notification = state.byId[id];
      if (!notification || notification.read_at != null) continue;
      unread--;
      world.send({
        event: "notification.updated",
        data: {
          notification: { ...notification, read_at: Date.now() / 1000 },
          unread_count: unread,
          count: state.count,
          account_id: 1,
        },
      });
    }
  };
}

const meta = {
  title: "Components/NotificationBell",
  component: NotificationBell,
  loaders: [async () => withNotifications(3)],
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div className="story-row story-row--end">
          <NotificationBell {...args} onMarkRead={markRead(world)} />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof NotificationBell>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Unread count on the bell; opening an item marks it read; "Mark all as read" clears the count. */
export const MarkRead: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const bell = await canvas.findByRole("button", { name: "Notifications, 3 unread" });
    await userEvent.click(bell);
    const panel = canvas.getByRole("region", { name: "Notifications" });
    await expect(within(panel).getAllByRole("listitem")).toHaveLength(3);
    await userEvent.click(within(panel).getByRole("button", { name: /Ana mentioned you/ }));
    await waitFor(() => expect(bell).toHaveAccessibleName("Notifications, 2 unread"));
    await expect(bell).toHaveFocus();
    await userEvent.click(bell);
    await userEvent.click(within(panel).getByRole("button", { name: "Mark all as read" }));
    await waitFor(() => expect(bell).toHaveAccessibleName("Notifications"));
    await userEvent.keyboard("{Escape}");
    await expect(panel).not.toBeVisible();
    // A new one arrives live.
    const world = worldOf(loaded);
    world.send(
      events.notificationCreated(
        world.factories.notification(
          { push_message_title: "Fresh one" },
          { conversation: world.conversation },
        ),
        { unreadCount: 1, count: 4 },
      ),
    );
    await waitFor(() => expect(bell).toHaveAccessibleName("Notifications, 1 unread"));
  },
};

/** Nothing yet. */
export const Empty: Story = {
  loaders: [async () => withNotifications(0)],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Notifications" }));
    await expect(canvas.getByText("You're all caught up.")).toBeVisible();
  },
};

/** Dark preset, right-to-left. */
export const DarkRightToLeft: Story = {
  globals: { unilinkTheme: "dark", dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /Notifications/ }));
    await expect(canvas.getByRole("region", { name: "Notifications" })).toBeVisible();
  },
};
