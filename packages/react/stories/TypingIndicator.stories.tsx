import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { TypingIndicator } from "../src/components";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/TypingIndicator",
  component: TypingIndicator,
  loaders: [async () => ({ world: await createStoryWorld({ client: { typingTimeoutMs: 1500 } }) })],
  args: { conversationId: 1 },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div data-testid="contact-view">
          <TypingIndicator {...args} conversationId={world.conversation.id} />
        </div>
        <div data-testid="agent-view">
          <TypingIndicator {...args} conversationId={world.conversation.id} includePrivate />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof TypingIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Appears on typing_on and expires after the timeout without a typing_off. */
export const ShowsAndExpires: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const view = within(canvasElement).getByTestId("contact-view");
    world.typing(true, "contact");
    await waitFor(() => expect(view).toHaveTextContent(`${world.contact.name} is typing…`));
    await waitFor(() => expect(view).toHaveTextContent(""), { timeout: 4000 });
  },
};

/** Three people typing; a private-note typist is hidden from the contact's view. */
export const SeveralAndPrivate: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    const bo = world.factories.user({ name: "Bo", available_name: "Bo" });
    world.typing(true, "agent", true);
    world.typing(true, "contact");
    world.typing(true, bo);
    await waitFor(() =>
      expect(canvas.getByTestId("agent-view")).toHaveTextContent(/and 2 others are typing…/),
    );
    await expect(canvas.getByTestId("contact-view")).toHaveTextContent(/ and Bo are typing…/);
    await expect(canvas.getByTestId("contact-view")).not.toHaveTextContent("Ana");
  },
};

/** People keep typing. */
export const Live: Story = {
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [500, (w) => w.typing(true)],
          [2000, (w) => w.typing(false)],
          [800, (w) => w.typing(true, "agent")],
        ])}
      >
        <TypingIndicator {...args} conversationId={world.conversation.id} />
      </WorldProvider>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/is typing…/, {}, { timeout: 3000 }),
    ).toBeVisible();
  },
};
