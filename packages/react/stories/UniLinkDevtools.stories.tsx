import type { Meta, StoryObj } from "@storybook/react-vite";
import { registerSecret } from "@unilink/core";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConversationList } from "../src/components";
import { UniLinkDevtools, type UniLinkRecording } from "../src/devtools";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const exported: UniLinkRecording[] = [];

const meta = {
  title: "Components/UniLinkDevtools",
  component: UniLinkDevtools,
  loaders: [async () => ({ world: await createStoryWorld() })],
  args: { defaultOpen: true },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [1000, (w) => w.typing(true)],
          [1500, (w) => w.contactSays("Ping from the customer")],
        ])}
      >
        <div className="story-panel">
          <ConversationList />
        </div>
        <UniLinkDevtools {...args} onExport={(recording) => exported.push(recording)} />
      </WorldProvider>
    );
  },
} satisfies Meta<typeof UniLinkDevtools>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Events stream in; filter, pause, export (without tokens) and clear. */
export const RecordAndExport: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    registerSecret("story-agent-token-0001");
    const canvas = within(canvasElement);
    const panel = canvas.getByRole("region", { name: "UniLink devtools" });
    world.send({
      event: "contact.updated",
      data: { ...world.contact, account_id: 1, pubsub_token: "story-agent-token-0001" },
    });
    await waitFor(() => expect(within(panel).getByText("contact.updated")).toBeVisible());
    await waitFor(
      () => expect(within(panel).getAllByText("conversation.typing_on").length).toBeGreaterThan(0),
      { timeout: 3000 },
    );

    await userEvent.type(within(panel).getByRole("searchbox"), "typing");
    await expect(within(panel).queryByText("contact.updated")).toBeNull();
    await userEvent.clear(within(panel).getByRole("searchbox"));

    await userEvent.click(within(panel).getByRole("button", { name: "Export" }));
    const json = JSON.stringify(exported.at(-1));
    await expect(json).toContain("contact.updated");
    await expect(json).not.toContain("story-agent-token-0001");

    await userEvent.click(within(panel).getByRole("button", { name: "Pause" }));
    await userEvent.click(within(panel).getByRole("button", { name: "Clear" }));
    world.contactSays("while paused");
    await expect(within(panel).getByText("Nothing recorded yet.")).toBeVisible();
  },
};

/** Collapsed by default: a small button in the corner. */
export const Collapsed: Story = {
  args: { defaultOpen: false },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole("button", { name: "UniLink devtools" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(toggle);
    await expect(
      within(canvasElement).getByRole("region", { name: "UniLink devtools" }),
    ).toBeVisible();
  },
};

/** Dark preset. */
export const Dark: Story = {
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole("region", { name: "UniLink devtools" }),
    ).toBeVisible();
  },
};
