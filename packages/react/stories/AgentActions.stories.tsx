import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fireEvent, userEvent, waitFor, within } from "storybook/test";
import {
  AssigneePicker,
  LabelPicker,
  PriorityPicker,
  StatusActions,
  TeamPicker,
} from "../src/components";
import { PlatformWorldProvider, platformWorldOf } from "./support/PlatformWorldProvider";
import { createPlatformWorld, type PlatformWorld } from "./support/platform-world";

/** The agent's conversation toolbar: every picker on one conversation of a fake platform. */
function Toolbar({ world }: { world: PlatformWorld }) {
  const id = world.conversation.id;
  return (
    <PlatformWorldProvider world={world}>
      <div className="story-panel story-toolbar">
        <AssigneePicker conversationId={id} />
        <TeamPicker conversationId={id} />
        <PriorityPicker conversationId={id} />
        <LabelPicker conversationId={id} />
        <StatusActions conversationId={id} />
      </div>
    </PlatformWorldProvider>
  );
}

const meta = {
  title: "Agent actions/Conversation toolbar",
  component: AssigneePicker,
  args: { conversationId: 1 },
  loaders: [async () => ({ world: await createPlatformWorld() })],
  render: (_args, { loaded }) => <Toolbar world={platformWorldOf(loaded)} />,
} satisfies Meta<typeof AssigneePicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const stored = (world: PlatformWorld) => world.platform.conversation(world.conversation.id);

/**
 * Keyboard only: open the assignee picker, filter, arrow down, Enter. The
 * change shows at once and the platform stores it; a colleague's change
 * arrives live.
 */
export const AssignWithTheKeyboard: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: /^Assignee/ });
    trigger.focus();
    await userEvent.keyboard("{Enter}");
    const filter = await canvas.findByRole("combobox", { name: "Assignee" });
    await expect(filter).toHaveFocus();
    await waitFor(() => expect(canvas.getByRole("option", { name: /Bruno Sousa/ })).toBeVisible());
    await userEvent.keyboard("bru{Enter}");
    await expect(trigger).toHaveFocus();
    await expect(trigger).toHaveAccessibleName(/Assignee\s*Bruno Sousa/);
    await waitFor(() => expect(stored(world).meta.assignee?.id).toBe(world.colleague.id));

    // Another agent takes it back: assignee.changed updates the picker.
    world.platform.assign(world.conversation.id, world.me.id, { performerId: world.colleague.id });
    await waitFor(() => expect(trigger).toHaveAccessibleName(/Assignee\s*Ana Lima/));
  },
};

/** The server refuses: the picker goes back to what the platform holds and says so. */
export const AssignFailsAndRollsBack: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    world.rest.failNext({ path: /assignments$/, status: 422 });
    await userEvent.click(await canvas.findByRole("button", { name: /^Assignee/ }));
    await userEvent.click(await canvas.findByRole("option", { name: /Chen Wei/ }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      /Could not change the assignee/,
    );
    await waitFor(() =>
      expect(canvas.getByRole("button", { name: /^Assignee/ })).toHaveAccessibleName(
        /Assignee\s*Unassigned/,
      ),
    );
    await expect(stored(world).meta.assignee ?? null).toBeNull();
  },
};

/** Teams: hand the conversation to Billing, then remove the team. */
export const Team: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: /^Team/ });
    await userEvent.click(trigger);
    await userEvent.click(await canvas.findByRole("option", { name: "Billing" }));
    await expect(trigger).toHaveAccessibleName(/Team\s*Billing/);
    await waitFor(() => expect(stored(world).meta.team?.name).toBe("Billing"));
    await userEvent.click(trigger);
    await userEvent.click(await canvas.findByRole("option", { name: "No team" }));
    await waitFor(() => expect(stored(world).meta.team ?? null).toBeNull());
  },
};

/** Labels: multi-select; each choice toggles one label and the list stays open. */
export const Labels: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: /^Labels/ }));
    const listbox = await canvas.findByRole("listbox", { name: "Labels" });
    await expect(listbox).toHaveAttribute("aria-multiselectable", "true");
    await waitFor(() =>
      expect(within(listbox).getByRole("option", { name: /billing/ })).toHaveAttribute(
        "aria-selected",
        "true",
      ),
    );
    await userEvent.click(within(listbox).getByRole("option", { name: /vip/ }));
    await userEvent.click(within(listbox).getByRole("option", { name: /billing/ }));
    await waitFor(() => expect(stored(world).labels).toEqual(["vip"]));
    await userEvent.keyboard("{Escape}");
    await expect(canvas.queryByRole("listbox")).toBeNull();
    const chips = canvas.getByRole("list", { name: "Labels" });
    await expect(chips).toHaveTextContent("vip");
    await expect(chips).not.toHaveTextContent("billing");
  },
};

/** Priority: choose Urgent; the platform stores it. */
export const Priority: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: /^Priority/ });
    await expect(trigger).toHaveAccessibleName(/Priority\s*High/);
    await userEvent.click(trigger);
    await userEvent.keyboard("urg{Enter}");
    await expect(trigger).toHaveAccessibleName(/Priority\s*Urgent/);
    await waitFor(() => expect(stored(world).priority).toBe("urgent"));
  },
};

/** Snooze from a preset, then reopen; resolve and reopen. */
export const StatusAndSnooze: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const snooze = await canvas.findByRole("button", { name: "Snooze" });
    await userEvent.click(snooze);
    await expect(snooze).toHaveAttribute("aria-expanded", "true");
    await userEvent.click(canvas.getByRole("button", { name: /Until tomorrow/ }));
    await expect(await canvas.findByRole("status")).toHaveTextContent(/Snoozed until/);
    await waitFor(() => expect(stored(world).status).toBe("snoozed"));
    await userEvent.click(canvas.getByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(stored(world).status).toBe("open"));
    await userEvent.click(await canvas.findByRole("button", { name: "Resolve" }));
    await waitFor(() => expect(stored(world).status).toBe("resolved"));
    await expect(await canvas.findByRole("button", { name: "Reopen" })).toBeVisible();
  },
};

/** Snooze until a date and time typed in the field; Escape closes the panel. */
export const SnoozeUntilADate: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const snooze = await canvas.findByRole("button", { name: "Snooze" });
    await userEvent.click(snooze);
    await userEvent.keyboard("{Escape}");
    await expect(snooze).toHaveAttribute("aria-expanded", "false");
    await expect(snooze).toHaveFocus();
    await userEvent.click(snooze);
    const field = canvas.getByLabelText("Pick a date and time");
    const next = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    next.setHours(10, 30, 0, 0);
    const pad = (n: number) => String(n).padStart(2, "0");
    const value = `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}T10:30`;
    fireEvent.change(field, { target: { value } });
    await userEvent.click(
      within(field.closest("form") as HTMLElement).getByRole("button", { name: "Snooze" }),
    );
    await waitFor(() => {
      const until = stored(world).snoozed_until as string | number | null;
      const ms = typeof until === "number" ? until * 1000 : Date.parse(String(until));
      expect(ms).toBe(next.getTime());
    });
  },
};

/** Dark preset, right-to-left: popups open toward the reading direction. */
export const DarkRightToLeft: Story = {
  globals: { unilinkTheme: "dark", dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole("button", { name: /^Assignee/ });
    await userEvent.click(trigger);
    const popup = (await canvas.findByRole("combobox", { name: "Assignee" })).closest(
      ".unilink-picker__popup",
    ) as HTMLElement;
    // Anchored at the trigger's inline start, which is its right edge in RTL.
    await expect(
      Math.abs(popup.getBoundingClientRect().right - trigger.getBoundingClientRect().right),
    ).toBeLessThan(2);
  },
};
