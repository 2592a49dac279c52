import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { AgentInbox, ConnectionBanner } from "../src/components";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/AgentInbox",
  component: AgentInbox,
  loaders: [async () => ({ world: await createStoryWorld({ conversations: 30, messages: 12 }) })],
  args: { meUserId: 7, allowPrivate: true },
  parameters: { boxClass: "story-inbox" },
  render: (args, { loaded, parameters }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [2000, (w) => w.typing(true)],
          [2500, (w) => w.contactSays("Hello? I'm still here 👋")],
        ])}
      >
        <ConnectionBanner />
        {/* AgentInbox fills the box it is given: this one is 600 px high. */}
        <div className={String(parameters.boxClass)}>
          <AgentInbox
            {...args}
            meUserId={world.agent.id}
            defaultConversationId={parameters.open ? world.conversation.id : undefined}
          />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof AgentInbox>;

export default meta;
type Story = StoryObj<typeof meta>;

function rectOf(element: Element) {
  return element.getBoundingClientRect();
}

/**
 * List beside the open conversation, each scrolling inside the 600 px box: pick a
 * conversation, reply, and watch it move to the top of the list. In a preview
 * narrower than the inbox's 720 px breakpoint (Storybook on a laptop with the
 * sidebar open) the same steps show the list-or-conversation layout instead.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    const frameElement = canvasElement.querySelector(".story-inbox") as Element;
    const sideBySide = frameElement.clientWidth >= 720;
    await userEvent.click(within(listbox).getAllByRole("option")[1] as HTMLElement);
    const thread = canvas.getByRole("region", { name: "Conversation" });
    const box = await within(thread).findByRole("textbox", { name: "Message" });
    const frame = rectOf(frameElement);
    await expect(rectOf(thread).bottom).toBeLessThanOrEqual(frame.bottom + 1);
    await expect(rectOf(box).bottom).toBeLessThanOrEqual(frame.bottom);
    if (sideBySide) {
      // Side by side, inside the box; the list scrolls inside instead of growing.
      await expect(rectOf(listbox).right).toBeLessThanOrEqual(rectOf(thread).left + 1);
      await expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
    } else {
      await expect(listbox).not.toBeVisible();
    }
    await userEvent.type(box, "On it!{Enter}");
    await expect(await within(thread).findByText("On it!")).toBeVisible();
    if (!sideBySide) {
      await userEvent.click(canvas.getByRole("button", { name: "Back to conversations" }));
    }
    await waitFor(() =>
      expect(within(canvas.getByRole("listbox")).getAllByRole("option")[0]).toHaveTextContent(
        "On it!",
      ),
    );
  },
};

/** In a 360 px wide box: the list, or the open conversation with a back button. */
export const Narrow: Story = {
  parameters: { boxClass: "story-inbox story-inbox--narrow" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    await expect(canvas.getByText("Select a conversation to read and reply.")).not.toBeVisible();
    await userEvent.click(within(listbox).getAllByRole("option")[0] as HTMLElement);
    const send = await canvas.findByRole("button", { name: "Send" });
    await expect(listbox).not.toBeVisible();
    const frame = rectOf(canvasElement.querySelector(".story-inbox") as Element);
    await expect(rectOf(send).right).toBeLessThanOrEqual(frame.right);
    await expect(rectOf(send).bottom).toBeLessThanOrEqual(frame.bottom);
    await userEvent.click(canvas.getByRole("button", { name: "Back to conversations" }));
    await expect(await canvas.findByRole("listbox")).toBeVisible();
  },
};

/** No conversations yet. */
export const Empty: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ empty: true }) })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No conversations here yet.")).toBeVisible();
    await expect(canvas.getByText("Select a conversation to read and reply.")).toBeVisible();
  },
};

/** Long names and long unbroken words wrap or truncate inside the box; nothing overflows it. */
export const LongContent: Story = {
  loaders: [
    async () => {
      const world = await createStoryWorld({ conversations: 5, messages: 3 });
      world.contactSays(
        "Hereisaverylongwordwithoutanyspacesthatmustwrapinsidethebubbleinsteadofoverflowingit ".repeat(
          3,
        ),
      );
      world.contactSays(
        `A very long message. ${"All the details of my order, again. ".repeat(30)}`,
      );
      return { world };
    },
  ],
  parameters: { open: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const frame = canvasElement.querySelector(".story-inbox") as HTMLElement;
    await canvas.findByText(/Hereisaverylongword/);
    const log = canvas.getByRole("region", { name: "Messages" });
    const logRight = rectOf(log).right;
    const overflowing = [...canvasElement.querySelectorAll(".unilink-message__bubble")]
      .map((bubble) => Math.round(rectOf(bubble).right - logRight))
      .filter((excess) => excess > 0);
    await expect(overflowing).toEqual([]);
    await expect(frame.scrollWidth - frame.clientWidth).toBeLessThanOrEqual(0);
    await expect(log.scrollWidth - log.clientWidth).toBeLessThanOrEqual(0);
  },
};

/** Offline: the banner says so and the composer queues what is typed. */
export const Offline: Story = {
  parameters: { open: true },
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox", { name: "Message" });
    world.network.setOnline(false);
    await expect(await canvas.findByText(/You are offline/)).toBeVisible();
    world.network.setOnline(true);
    await waitFor(() => expect(canvas.queryByText(/You are offline/)).toBeNull(), {
      timeout: 4000,
    });
  },
};

/** A reply the server refuses stays, marked "Not delivered", with Retry. */
export const FailedSend: Story = {
  parameters: { open: true },
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    world.backend.failSends = true;
    await userEvent.type(
      await canvas.findByRole("textbox", { name: "Message" }),
      "Can you hear me?{Enter}",
    );
    await expect(await canvas.findByText("Not delivered")).toBeVisible();
    world.backend.failSends = false;
    await userEvent.click(canvas.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(canvas.queryByText("Not delivered")).toBeNull());
  },
};

/** Right to left: the list sits on the right, bubbles mirror. */
export const RightToLeft: Story = {
  parameters: { open: true },
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    const thread = canvas.getByRole("region", { name: "Conversation" });
    await canvas.findByRole("textbox", { name: "Message" });
    await expect(rectOf(listbox).left).toBeGreaterThanOrEqual(rectOf(thread).right - 1);
  },
};

/** Dark preset. */
export const Dark: Story = {
  parameters: { open: true },
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole("textbox", { name: "Message" });
  },
};
