import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, waitFor, within } from "storybook/test";
import { ConnectionBanner } from "../src/components";
import { WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/ConnectionBanner",
  component: ConnectionBanner,
  loaders: [async () => ({ world: await createStoryWorld({ client: { confirmTimeoutMs: 300 } }) })],
  render: (args, { loaded }) => (
    <WorldProvider world={worldOf(loaded)}>
      <div className="story-panel">
        <ConnectionBanner {...args} />
        <p className="unilink-empty">
          Pull the plug from the play function (or the Interactions panel).
        </p>
      </div>
    </WorldProvider>
  ),
} satisfies Meta<typeof ConnectionBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The socket drops: after the grace period the banner says so; it goes away on reconnect. */
export const DropAndReconnect: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const banner = within(canvasElement).getByRole("status");
    world.network.setOnline(false);
    await expect(banner).toHaveTextContent("");
    await waitFor(() => expect(banner).toHaveTextContent("Connection lost. Reconnecting…"), {
      timeout: 4000,
    });
    world.network.setOnline(true);
    await waitFor(() => expect(banner).toHaveTextContent(""), { timeout: 4000 });
  },
};

/** A blip shorter than the grace period shows nothing. */
export const QuickBlip: Story = {
  args: { graceMs: 1500 },
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const banner = within(canvasElement).getByRole("status");
    const statuses: string[] = [];
    const stop = world.client.onStatus((status) => statuses.push(status));
    world.network.server.dropAll();
    await waitFor(() => expect(world.client.status).toBe("connected"), { timeout: 3000 });
    stop();
    await expect(statuses).toContain("reconnecting");
    await expect(banner).toHaveTextContent("");
  },
};

/** The token was revoked: the server never confirms; the banner turns into an alert. */
export const Unauthorized: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    world.network.server.revokeToken("story-agent-token-0001");
    world.network.server.dropAll();
    const alert = await within(canvasElement).findByRole("alert", {}, { timeout: 6000 });
    await expect(alert).toHaveTextContent(/session has expired/);
  },
};

/** Dark preset, right-to-left. */
export const DarkRightToLeft: Story = {
  globals: { unilinkTheme: "dark", dir: "rtl" },
  args: { graceMs: 0 },
  play: async ({ canvasElement, loaded }) => {
    worldOf(loaded).network.setOnline(false);
    await expect(
      await within(canvasElement).findByText("Connection lost. Reconnecting…"),
    ).toBeVisible();
  },
};
