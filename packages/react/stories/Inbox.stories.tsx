import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, waitFor, within } from "storybook/test";
import {
  ConnectionBanner,
  ConversationList,
  MessageComposer,
  MessageList,
  NotificationBell,
  TypingIndicator,
} from "../src/components";
import { loopScene, WorldProvider, worldOf } from "./support/WorldProvider";
import { createStoryWorld, type StoryWorld } from "./support/world";

function Inbox({ world }: { world: StoryWorld }) {
  const [openId, setOpenId] = useState(world.conversation.id);
  return (
    <>
      <ConnectionBanner />
      <div className="story-row story-row--end">
        <NotificationBell />
      </div>
      <div className="story-split">
        <ConversationList
          filter={{ meUserId: world.agent.id }}
          selectedId={openId}
          onSelect={setOpenId}
        />
        <div className="story-panel">
          <MessageList key={openId} conversationId={openId} />
          <TypingIndicator conversationId={openId} includePrivate />
          <MessageComposer conversationId={openId} allowPrivate />
        </div>
      </div>
    </>
  );
}

const meta = {
  title: "Examples/Agent inbox",
  loaders: [async () => ({ world: await createStoryWorld({ conversations: 30, messages: 12 }) })],
  render: (_args, { loaded }) => {
    const world = worldOf(loaded);
    return (
      <WorldProvider
        world={world}
        scene={loopScene([
          [2000, (w) => w.typing(true)],
          [2500, (w) => w.contactSays("Hello? I'm still here 👋")],
          [
            5000,
            (w) =>
              w.send({
                event: "conversation.created",
                data: { ...w.factories.conversation(), account_id: 1 },
              }),
          ],
        ])}
      >
        <Inbox world={world} />
      </WorldProvider>
    );
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The components together: pick a conversation, reply, watch the list move. */
export const AgentInbox: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const listbox = await canvas.findByRole("listbox");
    await userEvent.click(within(listbox).getAllByRole("option")[1] as HTMLElement);
    const box = canvas.getByRole("textbox");
    await userEvent.type(box, "On it!{Enter}");
    await expect(await canvas.findByText("On it!")).toBeVisible();
    await waitFor(() =>
      expect(within(listbox).getAllByRole("option")[0]).toHaveTextContent("On it!"),
    );
  },
};
