import type { Meta, StoryObj } from "@storybook/react-vite";
import { events } from "@unilink/testing/browser";
import { expect, waitFor, within } from "storybook/test";
import { ContactPanel } from "../src/components";
import { WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/ContactPanel",
  component: ContactPanel,
  loaders: [async () => ({ world: await createStoryWorld({ messages: 2 }) })],
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div className="story-panel">
          <ContactPanel {...args} conversationId={world.conversation.id} />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof ContactPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Name, presence, email and phone links, and the platform's attributes (browser, city...). */
export const Default: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    const panel = await canvas.findByRole("region", { name: world.contact.name });
    await expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent(
      world.contact.name,
    );
    await waitFor(() =>
      expect(panel.querySelector(".unilink-contact__who .unilink-presence")).toHaveTextContent(
        "Online",
      ),
    );
    await expect(
      within(panel).getByRole("link", { name: world.contact.email ?? "" }),
    ).toHaveAttribute("href", `mailto:${world.contact.email}`);
    await expect(within(panel).getByText("City")).toBeVisible();
    await expect(within(panel).getByText("Lisbon")).toBeVisible();
  },
};

/** `contact.updated` and `conversation.contact_changed` update the panel live. */
export const LiveUpdates: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await canvas.findByRole("heading", { name: world.contact.name });
    world.send(
      events.contactUpdated({
        ...world.contact,
        name: "Ana Renamed",
        custom_attributes: { plan: "premium", seats: 12, trial: false },
      }),
    );
    await canvas.findByRole("heading", { name: "Ana Renamed" });
    await expect(canvas.getByText("premium")).toBeVisible();
    await expect(canvas.getByText("No")).toBeVisible();

    const other = world.factories.contact({ name: "Bruno Moved" });
    world.send(
      events.conversationContactChanged({
        ...world.conversation,
        meta: { ...world.conversation.meta, sender: other },
      }),
    );
    await waitFor(() =>
      expect(canvas.getByRole("heading", { level: 2 })).toHaveTextContent("Bruno Moved"),
    );
  },
};

/** A hostile name and attribute stay plain text; unsafe links are not links. */
export const HostileData: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await canvas.findByRole("heading", { name: world.contact.name });
    world.send(
      events.contactUpdated({
        ...world.contact,
        name: "<img src=x onerror=alert(1)>",
        custom_attributes: { note: "<script>alert(1)</script>" },
      }),
    );
    await canvas.findByText("<script>alert(1)</script>");
    await expect(canvasElement.querySelector("script, img[src='x']")).toBeNull();
  },
};

/** Dark preset, right-to-left. */
export const DarkRightToLeft: Story = {
  globals: { unilinkTheme: "dark", dir: "rtl" },
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const heading = await within(canvasElement).findByRole("heading", { name: world.contact.name });
    const avatar = canvasElement.querySelector(
      ".unilink-contact__header .unilink-avatar",
    ) as HTMLElement;
    await expect(avatar.getBoundingClientRect().left).toBeGreaterThan(
      heading.getBoundingClientRect().left,
    );
  },
};
