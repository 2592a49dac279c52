import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ContactPanel, ConversationList, MessageList } from "../src/components";
import { PlatformWorldProvider, platformWorldOf } from "./support/PlatformWorldProvider";
import { createPlatformWorld, type PlatformWorld } from "./support/platform-world";

function Workspace({ world }: { world: PlatformWorld }) {
  const [open, setOpen] = useState<number | undefined>(undefined);
  return (
    <PlatformWorldProvider world={world}>
      <div className="story-panel story-workspace">
        <ConversationList selectedId={open} onSelect={(id) => setOpen(id)} />
        {open !== undefined && <MessageList key={open} conversationId={open} />}
        {open !== undefined && (
          <ContactPanel conversationId={open} onOpenConversation={(id) => setOpen(id)} />
        )}
      </div>
    </PlatformWorldProvider>
  );
}

const meta = {
  title: "Agent actions/Search and contact",
  component: ConversationList,
  loaders: [async () => ({ world: await createPlatformWorld() })],
  render: (_args, { loaded }) => <Workspace world={platformWorldOf(loaded)} />,
} satisfies Meta<typeof ConversationList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Search finds conversations by message text across statuses; opening a result loads its thread. */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const search = await canvas.findByRole("searchbox", { name: "Search conversations" });
    await userEvent.type(search, "order");
    await expect(await canvas.findByRole("status")).toHaveTextContent(
      "1 conversation match “order”",
    );
    const listbox = canvas.getByRole("listbox", { name: "Conversations" });
    const result = within(listbox).getByRole("option");
    await expect(result).toHaveTextContent("Where is my order?");
    await userEvent.click(result);
    const log = await canvas.findByRole("region", { name: "Messages" });
    await within(log).findByText("Where is my order?");
    // Escape clears the search: the tabs and their rows come back.
    await userEvent.click(search);
    await userEvent.keyboard("{Escape}");
    await expect(await canvas.findByRole("tablist", { name: "Conversation status" })).toBeVisible();
  },
};

/** The contact panel: attributes, edit name/email/phone, previous conversations open on click. */
export const EditContact: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox", { name: "Conversations" });
    await userEvent.click(await within(listbox).findByText(/refund one of them/));
    const panel = await canvas.findByRole("region", { name: "Maria Santos" });
    await within(panel).findByText("premium");
    await within(panel).findByText("Lisbon");
    await userEvent.click(within(panel).getByRole("button", { name: "Edit" }));
    const name = within(panel).getByLabelText("Name");
    await userEvent.clear(name);
    await userEvent.type(name, "Maria S. Santos");
    await userEvent.click(within(panel).getByRole("button", { name: "Save" }));
    await within(panel).findByRole("heading", { name: "Maria S. Santos" });
    await waitFor(() =>
      expect(world.platform.contactPayload(world.contact.id).name).toBe("Maria S. Santos"),
    );
    // The row shows the new name too.
    await waitFor(() =>
      expect(within(listbox).getAllByText("Maria S. Santos").length).toBeGreaterThan(0),
    );

    // A refused edit keeps the form open with the reason; nothing changed.
    world.rest.failNext({ path: /contacts\/\d+$/, status: 422 });
    await userEvent.click(within(panel).getByRole("button", { name: "Edit" }));
    await userEvent.clear(within(panel).getByLabelText("Email"));
    await userEvent.type(within(panel).getByLabelText("Email"), "taken@example.com");
    await userEvent.click(within(panel).getByRole("button", { name: "Save" }));
    await expect(await within(panel).findByRole("alert")).toBeVisible();
    await expect(world.platform.contactPayload(world.contact.id).email).toBe("maria@example.com");

    // Previous conversations open on click.
    await userEvent.click(within(panel).getByRole("button", { name: "Cancel" }));
    await userEvent.click(await within(panel).findByRole("button", { name: /Where is my order/ }));
    await within(await canvas.findByRole("region", { name: "Messages" })).findByText(
      "Where is my order?",
    );
  },
};
