import type { Meta, StoryObj } from "@storybook/react-vite";
import { events } from "@unilink/testing/browser";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConversationList } from "../src/components";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld, seedManyConversations } from "./support/world";

function Selectable(props: Parameters<typeof ConversationList>[0]) {
  const [selected, setSelected] = useState<number | undefined>(undefined);
  return (
    <>
      <div className="story-panel">
        <ConversationList {...props} selectedId={selected} onSelect={(id) => setSelected(id)} />
      </div>
      <output data-testid="selected">{selected === undefined ? "none" : `#${selected}`}</output>
    </>
  );
}

const meta = {
  title: "Components/ConversationList",
  component: ConversationList,
  loaders: [async () => ({ world: await createStoryWorld() })],
  render: (args, { loaded }) => (
    <WorldProvider world={worldOf(loaded)}>
      <Selectable {...args} />
    </WorldProvider>
  ),
} satisfies Meta<typeof ConversationList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open conversations, newest activity first; arrow keys and Enter select. */
export const Default: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const world = worldOf(loaded);
    const listbox = await canvas.findByRole("listbox", { name: "Conversations" });
    await waitFor(() => expect(within(listbox).getAllByRole("option").length).toBeGreaterThan(3));
    await userEvent.click(listbox);
    await userEvent.keyboard("{Home}{ArrowDown}{Enter}");
    const second = within(listbox).getAllByRole("option")[1];
    await expect(second).toHaveAttribute("aria-selected", "true");
    await expect(canvas.getByTestId("selected").textContent).toMatch(/^#\d+$/);
    // A new message moves its conversation and shows a typing hint before it.
    world.typing(true);
    await waitFor(() => expect(within(listbox).getAllByText("typing…").length).toBe(1));
  },
};

/** 10,000 rows, virtualized: only the visible rows exist; End jumps to the last. */
export const TenThousandRows: Story = {
  loaders: [
    async () => {
      const world = await createStoryWorld({ conversations: 0 });
      seedManyConversations(world, 10_000);
      return { world };
    },
  ],
  args: { statusTabs: [], assigneeTabs: [] },
  play: async ({ canvasElement }) => {
    const listbox = await within(canvasElement).findByRole("listbox");
    const options = await within(listbox).findAllByRole("option");
    await expect(options.length).toBeLessThan(60);
    await expect(options[0]).toHaveAttribute("aria-setsize", "10000");
    listbox.focus();
    await userEvent.keyboard("{End}");
    await waitFor(() => {
      const active = document.getElementById(listbox.getAttribute("aria-activedescendant") ?? "");
      expect(active).toHaveAttribute("aria-posinset", "10000");
    });
    await expect(listbox.scrollTop).toBeGreaterThan(10_000 * 72 - 1000);
    await expect(within(listbox).getAllByRole("option").length).toBeLessThan(60);
  },
};

/** Conversations keep arriving and people type. */
export const Live: Story = {
  render: (args, { loaded }) => (
    <WorldProvider
      world={worldOf(loaded)}
      scene={loopScene([
        [
          1000,
          (w) =>
            w.send({
              event: "conversation.created",
              data: { ...w.factories.conversation(), account_id: 1 },
            }),
        ],
        [1500, (w) => w.typing(true)],
        [2000, (w) => w.contactSays("Any update on my order?")],
      ])}
    >
      <Selectable {...args} />
    </WorldProvider>
  ),
  play: async ({ canvasElement }) => {
    const listbox = await within(canvasElement).findByRole("listbox");
    const before = within(listbox).getAllByRole("option").length;
    await waitFor(
      () => expect(within(listbox).getAllByRole("option").length).toBeGreaterThan(before),
      {
        timeout: 5000,
      },
    );
  },
};

/** Status and assignee tabs filter the list. */
export const Tabs: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    await userEvent.click(canvas.getByRole("tab", { name: "Resolved" }));
    await waitFor(() => expect(within(listbox).getAllByRole("option").length).toBe(1));
    await userEvent.keyboard("{ArrowRight}");
    await expect(
      within(canvas.getByRole("tablist", { name: "Conversation status" })).getByRole("tab", {
        selected: true,
      }),
    ).toHaveTextContent("All");
  },
};

/** Rows show priority and coloured labels; "Sort by: Priority" puts urgent first. */
export const PriorityAndLabels: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    const labelled = world.conversations.find((c) => c.status === "open" && c.labels.length > 0);
    if (!labelled) throw new Error("the story world seeds labelled open conversations");
    const row = within(listbox)
      .getAllByRole("option")
      .find((option) => option.textContent?.includes(labelled.meta.sender.name ?? "?"));
    await expect(
      within(row as HTMLElement).getByRole("list", { name: "Labels" }),
    ).toHaveTextContent(labelled.labels[0] ?? "");

    // As the platform does: the stored record changes (later REST pages agree) and is broadcast.
    Object.assign(labelled, {
      priority: "urgent",
      labels: ["vip", "billing"],
      updated_at: labelled.updated_at + 1,
    });
    world.send(events.conversationUpdated(labelled));
    await waitFor(() => expect(row).toHaveTextContent("Priority: Urgent"));
    await expect(row).toHaveTextContent("vip");

    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "Sort by" }), "Priority");
    const rank = { urgent: 4, high: 3, medium: 2, low: 1 } as Record<string, number>;
    await waitFor(() => {
      const ranks = within(listbox)
        .getAllByRole("option")
        .map(
          (option) =>
            rank[option.querySelector("[data-priority]")?.getAttribute("data-priority") ?? ""] ?? 0,
        );
      expect(ranks[0]).toBe(4);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    });
  },
};

/** Before the first page arrives. */
export const Loading: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ empty: true }) })],
  args: { loading: true },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Loading conversations…")).toBeVisible();
  },
};

/** No conversation matches. */
export const Empty: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ empty: true }) })],
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No conversations here yet."),
    ).toBeVisible();
  },
};

/** Dark preset. */
export const Dark: Story = {
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    const listbox = await within(canvasElement).findByRole("listbox");
    const background = getComputedStyle(
      listbox.closest(".unilink-root") as Element,
    ).backgroundColor;
    await expect(background).toBe("rgb(15, 18, 23)");
  },
};

/** Right-to-left: the layout mirrors; arrows between tabs follow the reading direction. */
export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const option = (
      await within(await canvas.findByRole("listbox")).findAllByRole("option")
    )[0] as HTMLElement;
    const avatar = option.querySelector(".unilink-avatar") as HTMLElement;
    const name = option.querySelector(".unilink-conversation__name") as HTMLElement;
    // The avatar is on the right of the name in RTL.
    await expect(avatar.getBoundingClientRect().left).toBeGreaterThan(
      name.getBoundingClientRect().left,
    );
    await userEvent.click(canvas.getByRole("tab", { name: "Open" }));
    await userEvent.keyboard("{ArrowLeft}");
    await expect(canvas.getByRole("tab", { name: "Pending" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  },
};
