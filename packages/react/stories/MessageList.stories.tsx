import type { Meta, StoryObj } from "@storybook/react-vite";
import { selectThreadLoadState } from "@unilink/core";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { MessageList } from "../src/components";
import { textContrast } from "./support/contrast";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld } from "./support/world";

const meta = {
  title: "Components/MessageList",
  component: MessageList,
  loaders: [async () => ({ world: await createStoryWorld() })],
  args: { conversationId: 1 },
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider world={world}>
        <div className="story-panel">
          <MessageList {...args} conversationId={world.conversation.id} />
        </div>
      </WorldProvider>
    );
  },
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Grouped by sender and day, with read receipts; new messages are announced politely. */
export const Default: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/hasn't arrived yet/)).toBeVisible();
    await expect(canvas.getByText("Today")).toBeVisible();
    world.contactSays("Hello? Anyone there?");
    await expect(await canvas.findByText("Hello? Anyone there?")).toBeVisible();
    const region = canvasElement.querySelector('[aria-live="polite"]') as HTMLElement;
    await waitFor(
      () =>
        expect(region.textContent).toBe(
          `New message from ${world.contact.name}: Hello? Anyone there?`,
        ),
      {
        timeout: 3000,
      },
    );
  },
};

/** Private notes, activity messages, a deleted message and one the channel failed to deliver. */
export const NotesActivityDeletedFailed: Story = {
  loaders: [
    async () => {
      const world = await createStoryWorld({ messages: 3 });
      world.agentSays("VIP customer, handle with care", { private: true });
      world.send({
        event: "message.created",
        data: world.factories.message(
          { content: "Ana self-assigned this conversation", message_type: 2 },
          { conversation: world.conversation, sender: null },
        ),
      });
      world.contactSays("oops wrong chat", { content_attributes: { deleted: true } });
      world.agentSays("Your refund is on its way", { status: "failed" });
      return { world };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const note = await canvas.findByText("VIP customer, handle with care");
    await expect(note.closest(".unilink-message")).toHaveClass("unilink-message--private");
    await expect(canvas.getByText("Private note")).toBeVisible();
    await expect(
      canvas.getByText("Ana self-assigned this conversation").closest(".unilink-message"),
    ).toHaveClass("unilink-message--activity");
    await expect(canvas.getByText("This message was deleted")).toBeVisible();
    await expect(canvas.queryByText("oops wrong chat")).toBeNull();
    await expect(canvas.getByText("Not delivered")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Retry" })).toBeVisible();
  },
};

/**
 * The agent's own replies in every delivery state (sent, delivered, read, failed) and a read
 * private note: each tick is readable on its bubble (at least 4.5:1, as text).
 */
export const DeliveryTicks: Story = {
  loaders: [
    async () => {
      const world = await createStoryWorld({ messages: 1 });
      world.agentSays("Sent, not yet delivered", { status: "sent" });
      world.agentSays("Delivered to the customer", { status: "delivered" });
      world.agentSays("Read by the customer", { status: "read" });
      world.agentSays("Internal: read note", { status: "read", private: true });
      return { world };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText("Read by the customer");
    const ticks = canvasElement.querySelectorAll(".unilink-status__icon");
    await expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const tick of ticks) {
      const text = tick.closest(".unilink-message")?.textContent ?? "";
      await expect({ text, contrast: textContrast(tick) >= 4.5 }).toEqual({
        text,
        contrast: true,
      });
    }
    for (const time of canvasElement.querySelectorAll(".unilink-message__meta time"))
      await expect(textContrast(time)).toBeGreaterThanOrEqual(4.5);
  },
};

/** Image, audio, video, file and location attachments; an unsafe URL shows as unavailable. */
export const Attachments: Story = {
  loaders: [
    async () => {
      const world = await createStoryWorld({ messages: 1 });
      const conversation = world.conversation;
      const sender = world.contact;
      const message = (content: string, attachments: Record<string, unknown>[]) =>
        world.send({
          event: "message.created",
          data: world.factories.message({ content }, { conversation, sender, attachments }),
        });
      message("Here's a photo of the box", [
        { file_type: "image", data_url: "/unilink-sample.svg", thumb_url: "/unilink-sample.svg" },
      ]);
      message("", [{ file_type: "audio", data_url: "/voice-note.mp3" }]);
      message("", [{ file_type: "video", data_url: "/unboxing.mp4" }]);
      message("The invoice", [
        {
          file_type: "file",
          data_url: "https://files.example.com/invoice-4521.pdf",
          file_size: 48213,
        },
      ]);
      message("", [
        {
          file_type: "location",
          data_url: "",
          coordinates_lat: 51.5237,
          coordinates_long: -0.1585,
          fallback_title: "221B Baker Street",
        },
      ]);
      message("suspicious", [{ file_type: "file", data_url: "javascript:alert(document.cookie)" }]);
      return { world };
    },
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const image = await canvas.findByRole("img", { name: "Image" });
    await expect(image).toHaveAttribute("src", "/unilink-sample.svg");
    await expect(canvasElement.querySelector("audio")).not.toBeNull();
    await expect(canvasElement.querySelector("video")).not.toBeNull();
    await expect(canvas.getByRole("link", { name: /invoice-4521\.pdf/ })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    await expect(canvas.getByRole("link", { name: /221B Baker Street/ })).toBeVisible();
    await expect(canvas.getByText("Attachment unavailable")).toBeVisible();
    for (const link of canvas.getAllByRole("link"))
      await expect(link.getAttribute("href")).not.toMatch(/^javascript:/i);
  },
};

/** Scrolled up: arrivals do not move the view; a button counts them. Older pages load at the top. */
export const ScrollAndNewMessages: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ messages: 40 }) })],
  play: async ({ canvasElement, loaded }) => {
    const world = worldOf(loaded);
    const canvas = within(canvasElement);
    const log = await canvas.findByRole("region", { name: "Messages" });
    await waitFor(() =>
      expect(log.scrollHeight - log.scrollTop - log.clientHeight).toBeLessThan(2),
    );
    log.scrollTop = log.scrollHeight / 2;
    log.dispatchEvent(new Event("scroll"));
    const position = log.scrollTop;
    world.contactSays("Message while you were reading");
    world.contactSays("And another one");
    const jump = await canvas.findByRole("button", { name: /2 new messages/ });
    await expect(log.scrollTop).toBe(position);
    await userEvent.click(jump);
    await waitFor(() =>
      expect(log.scrollHeight - log.scrollTop - log.clientHeight).toBeLessThan(2),
    );

    // At the top: older messages load from the REST API and what was on screen stays put.
    await waitFor(() =>
      expect(
        selectThreadLoadState(world.client.store.getState(), world.conversation.id).loaded,
      ).toBe(true),
    );
    const firstShown = canvas.getAllByText(/./, {
      selector: ".unilink-content__paragraph",
    })[0] as HTMLElement;
    log.scrollTop = 0;
    log.dispatchEvent(new Event("scroll"));
    await canvas.findByText("Earlier message 40", {}, { timeout: 3000 });
    await expect(log.scrollTop).toBeGreaterThan(0);
    const top = firstShown.getBoundingClientRect().top - log.getBoundingClientRect().top;
    await expect(top).toBeGreaterThanOrEqual(0);
  },
};

/** Messages keep arriving. */
export const Live: Story = {
  render: (args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [1200, (w) => w.contactSays("Any news? 🙂")],
          [2500, (w) => w.agentSays("Checking with the warehouse now.")],
          [2500, (w) => w.agentSays("Internal: escalate to logistics", { private: true })],
        ])}
      >
        <div className="story-panel">
          <MessageList {...args} conversationId={world.conversation.id} />
        </div>
      </WorldProvider>
    );
  },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("Any news? 🙂", {}, { timeout: 3000 }),
    ).toBeVisible();
  },
};

/** First page not fetched yet. */
export const Loading: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ empty: true }) })],
  args: { loading: true },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText("Loading messages…")).toBeVisible();
  },
};

/** A conversation without messages. */
export const Empty: Story = {
  loaders: [async () => ({ world: await createStoryWorld({ empty: true }) })],
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText("No messages yet. Say hello!"),
    ).toBeVisible();
  },
};

/** Dark preset. */
export const Dark: Story = {
  globals: { unilinkTheme: "dark" },
  play: async ({ canvasElement }) => {
    const bubble = (await within(canvasElement).findAllByText(/hasn't arrived yet/))[0]?.closest(
      ".unilink-message__bubble",
    );
    await expect(getComputedStyle(bubble as Element).backgroundColor).toBe("rgb(34, 40, 51)");
  },
};

/** Right-to-left: incoming on the right, outgoing on the left. */
export const RightToLeft: Story = {
  globals: { dir: "rtl" },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const incoming = (await canvas.findAllByText(/hasn't arrived yet/))[0]?.closest(
      ".unilink-message__bubble",
    ) as Element;
    const outgoing = canvas
      .getAllByText(/Let me check with the courier/)[0]
      ?.closest(".unilink-message__bubble") as Element;
    await expect(incoming.getBoundingClientRect().right).toBeGreaterThan(
      outgoing.getBoundingClientRect().right,
    );
  },
};
