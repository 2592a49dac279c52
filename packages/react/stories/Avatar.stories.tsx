import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { Avatar, PresenceBadge } from "../src/components";
import { WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/Avatar and PresenceBadge",
  component: Avatar,
  loaders: [async () => ({ world: await createStoryWorld() })],
  args: { name: "Ana Lima" },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div className="story-row" data-testid="avatars">
          <Avatar {...args} presence={{ userId: world.agent.id }} size="lg" />
          <Avatar name="Mateo Almeida" src="/unilink-sample.svg" presence={{ userId: 999 }} />
          <Avatar name={"\u202Eevil name"} size="sm" />
        </div>
        <p data-testid="agent">
          <PresenceBadge target={{ userId: world.agent.id }} showLabel />
        </p>
        <p data-testid="contact">
          <PresenceBadge target={{ contactId: world.contact.id }} showLabel />
        </p>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof Avatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Live presence from the server's snapshot: the agent is online, an unknown user offline. */
export const Presence: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId("agent")).toHaveTextContent("Online"));
    await expect(canvas.getByTestId("contact")).toHaveTextContent("Online");
    await expect(
      canvas.getByTestId("avatars").querySelectorAll('[data-status="offline"]').length,
    ).toBe(1);
    await expect(canvas.getByText("AL")).toBeVisible();
    world.send({ event: "presence.update", data: { account_id: 1, users: {}, contacts: {} } });
    await waitFor(() => expect(canvas.getByTestId("agent")).toHaveTextContent("Offline"));
  },
};

/** Dark preset. */
export const Dark: Story = {
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("AL")).toBeVisible();
  },
};
