import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ChatWidget } from "../src/components";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/ChatWidget",
  component: ChatWidget,
  loaders: [
    async () => ({
      world: await createStoryWorld({
        as: "contact",
        messages: 5,
        client: { typingTimeoutMs: 3000 },
      }),
    }),
  ],
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <p>The customer's page. The launcher sits in the corner.</p>
        <ChatWidget {...args} conversationId={world.conversation.id} />
      </WorldProvider>
    );
  },
} satisfies Meta<typeof ChatWidget>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open, read, write; the agent answers and types; Escape closes and focus returns. */
export const Conversation: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    const launcher = await canvas.findByRole("button", { name: "Chat with us" });
    await userEvent.click(launcher);
    const dialog = await canvas.findByRole("dialog", { name: "Chat" });
    await expect(within(dialog).getByRole("heading")).toHaveTextContent("Ana");
    await waitFor(() => expect(within(dialog).getByText("Online")).toBeVisible());

    const box = within(dialog).getByRole("textbox");
    await expect(box).toHaveFocus();
    await userEvent.type(box, "Is my parcel lost?{Enter}");
    const mine = await within(dialog).findByText("Is my parcel lost?");
    await expect(mine.closest(".unilink-message")).toHaveClass("unilink-message--outgoing");

    world.typing(true, "agent");
    await expect(await within(dialog).findByText("Ana is typing…")).toBeVisible();
    world.typing(true, "agent", true); // a private note: never shown to the contact
    world.agentSays("Internal: check the warehouse", { private: true });
    world.agentSays("Not lost, it's at the depot. Arrives tomorrow!");
    await expect(await within(dialog).findByText(/at the depot/)).toBeVisible();
    await expect(within(dialog).queryByText(/Internal/)).toBeNull();

    await userEvent.keyboard("{Escape}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await expect(canvas.getByRole("button", { name: "Chat with us" })).toHaveFocus();
  },
};

/** The agent keeps chatting. */
export const Live: Story = {
  args: { defaultOpen: true },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [800, (w) => w.typing(true, "agent")],
          [2000, (w) => w.agentSays("Anything else I can help with?")],
          [4000, (w) => w.typing(true, "agent")],
          [1500, (w) => w.agentSays("Have a great day! 👋")],
        ])}
      >
        <ChatWidget {...args} conversationId={world.conversation.id} />
      </WorldProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await expect(
      await within(dialog).findByText("Ana is typing…", {}, { timeout: 3000 }),
    ).toBeVisible();
  },
};

/** Reconnecting inside the widget. */
export const Offline: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement, loaded }) => {
    worldOf(loaded).network.setOnline(false);
    const dialog = await within(canvasElement).findByRole("dialog");
    await expect(
      await within(dialog).findByText("Connection lost. Reconnecting…", {}, { timeout: 4000 }),
    ).toBeVisible();
    await expect(within(dialog).getByText(/You are offline/)).toBeVisible();
  },
};

/** Dark preset. */
export const Dark: Story = {
  args: { defaultOpen: true },
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await expect(getComputedStyle(dialog).backgroundColor).toBe("rgb(15, 18, 23)");
  },
};

/** Right-to-left: the widget docks to the left corner. */
export const RightToLeft: Story = {
  args: { defaultOpen: true },
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole("dialog");
    await expect(dialog.getBoundingClientRect().left).toBeLessThan(100);
  },
};
