import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { MessageComposer, MessageList, TypingIndicator } from "../src/components";
import { WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/MessageComposer",
  component: MessageComposer,
  loaders: [async () => ({ world: await createStoryWorld({ messages: 4 }) })],
  args: { conversationId: 1, allowPrivate: true },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div className="story-panel">
          <MessageList conversationId={world.conversation.id} />
          <TypingIndicator conversationId={world.conversation.id} includePrivate />
          <MessageComposer {...args} conversationId={world.conversation.id} />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Type and press Enter: the message appears at once (sending), then is
 * confirmed by the server. Shift+Enter adds a line.
 */
export const SendAMessage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = await canvas.findByRole("textbox", { name: "Message" });
    await userEvent.type(box, "Thanks for waiting!{Shift>}{Enter}{/Shift}I found it.");
    await expect(box).toHaveValue("Thanks for waiting!\nI found it.");
    await userEvent.keyboard("{Enter}");
    await expect(box).toHaveValue("");
    const sent = (await canvas.findByText("Thanks for waiting!", { exact: false })).closest(
      ".unilink-message",
    );
    await expect(sent).toHaveClass("unilink-message--outgoing");
    await waitFor(() =>
      expect(
        canvas.getByText("Thanks for waiting!", { exact: false }).closest(".unilink-message"),
      ).not.toHaveClass("unilink-message--sending"),
    );
    await expect(canvas.getAllByText("Thanks for waiting!", { exact: false })).toHaveLength(1);
  },
};

/** The send fails (HTTP 500): the message stays, marked "Not delivered", and Retry sends it. */
export const FailedSendAndRetry: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    world.backend.failSends = true;
    await userEvent.type(await canvas.findByRole("textbox"), "Can you hear me?{Enter}");
    const bubble = (await canvas.findByText("Can you hear me?")).closest(
      ".unilink-message",
    ) as HTMLElement;
    await waitFor(() => expect(within(bubble).getByText("Not delivered")).toBeVisible());
    world.backend.failSends = false;
    await userEvent.click(within(bubble).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(canvas.queryByText("Not delivered")).toBeNull());
    await expect(canvas.getAllByText("Can you hear me?")).toHaveLength(1);
  },
};

/** Agents can write private notes, shown only to agents. */
export const PrivateNote: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = await canvas.findByRole("button", { name: "Private note" });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const box = canvas.getByRole("textbox");
    await expect(box).toHaveAttribute("placeholder", expect.stringMatching(/private note/i));
    await userEvent.type(box, "Customer is on the premium plan{Enter}");
    const note = await canvas.findByText("Customer is on the premium plan");
    await expect(note.closest(".unilink-message")).toHaveClass("unilink-message--private");
  },
};

/** Offline: the composer says messages will go out when the connection is back. */
export const Offline: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox");
    world.network.setOnline(false);
    await expect(await canvas.findByText(/You are offline/)).toBeVisible();
    world.network.setOnline(true);
    await waitFor(() => expect(canvas.queryByText(/You are offline/)).toBeNull(), {
      timeout: 4000,
    });
  },
};

/** A contact's composer: no private-note toggle. */
export const ContactComposer: Story = {
  args: { allowPrivate: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole("textbox");
    await expect(canvas.queryByRole("button", { name: "Private note" })).toBeNull();
    await expect(canvas.getByRole("button", { name: "Send" })).toBeDisabled();
  },
};

/** Dark preset, right-to-left. */
export const DarkRightToLeft: Story = {
  globals: { unilinkTheme: "dark", dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const send = await canvas.findByRole("button", { name: "Send" });
    const box = canvas.getByRole("textbox");
    // In RTL the send button sits at the left end.
    await expect(send.getBoundingClientRect().left).toBeLessThan(
      box.getBoundingClientRect().left + 100,
    );
  },
};
