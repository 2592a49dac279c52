import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { MessageComposer, MessageList } from "../src/components";
import { PlatformWorldProvider, platformWorldOf } from "./support/PlatformWorldProvider";
import { createPlatformWorld } from "./support/platform-world";

const meta = {
  title: "Agent actions/Composer: files and saved replies",
  component: MessageComposer,
  args: { conversationId: 1, allowPrivate: true },
  loaders: [async () => ({ world: await createPlatformWorld() })],
  render: (args, { loaded }) => {
    const world = platformWorldOf(loaded);
    return (
      <PlatformWorldProvider world={world}>
        <div className="story-panel">
          <MessageList conversationId={world.conversation.id} />
          <MessageComposer {...args} conversationId={world.conversation.id} />
        </div>
      </PlatformWorldProvider>
    );
  },
} satisfies Meta<typeof MessageComposer>;

export default meta;
type Story = StoryObj<typeof meta>;

const PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  ),
  (c) => c.charCodeAt(0),
);

/** `/` opens the saved replies, filtered as you type; arrows and Enter insert one. */
export const SavedReplies: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = await canvas.findByRole("textbox", { name: "Message" });
    await userEvent.type(box, "/re");
    const list = await canvas.findByRole("listbox", { name: "Saved replies" });
    await waitFor(() =>
      expect(within(list).getAllByRole("option")[0]).toHaveTextContent("/refund"),
    );
    await expect(box).toHaveAttribute(
      "aria-activedescendant",
      within(list).getAllByRole("option")[0]?.id,
    );
    await userEvent.keyboard("{Enter}");
    await expect(box).toHaveValue(
      "I've started your refund; it reaches your account in 3-5 business days.",
    );
    await expect(canvas.queryByRole("listbox", { name: "Saved replies" })).toBeNull();

    // Escape closes the menu and keeps the text; Enter then sends it as typed.
    await userEvent.clear(box);
    await userEvent.type(box, "/");
    await canvas.findByRole("listbox", { name: "Saved replies" });
    await userEvent.keyboard("{ArrowDown}{Escape}");
    await expect(canvas.queryByRole("listbox", { name: "Saved replies" })).toBeNull();
    await expect(box).toHaveValue("/");
  },
};

/** Pick an image: it is previewed, sent with the text, and arrives as the platform's attachment. */
export const SendAnImage: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.upload(input, new File([PNG], "receipt.png", { type: "image/png" }));
    const tray = await canvas.findByRole("list", { name: "Files to send" });
    await expect(within(tray).getByText("receipt.png")).toBeVisible();
    await expect(tray.querySelector("img")?.getAttribute("src")).toMatch(/^blob:/);
    await userEvent.type(canvas.getByRole("textbox", { name: "Message" }), "Here it is{Enter}");
    await expect(canvas.queryByRole("list", { name: "Files to send" })).toBeNull();
    await waitFor(() => {
      const messages = world.platform.messages(world.conversation.id);
      const last = messages[messages.length - 1];
      expect(last?.content).toBe("Here it is");
      expect(last?.attachments?.[0]?.file_type).toBe("image");
    });
    const bubble = (await canvas.findByText("Here it is")).closest(
      ".unilink-message",
    ) as HTMLElement;
    await waitFor(() => expect(bubble).not.toHaveClass("unilink-message--sending"));
    await expect(bubble.querySelector(".unilink-attachment, img")).not.toBeNull();
  },
};

/** A file the platform does not accept: the pending message says why and can be discarded. */
export const RefusedFile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector("input[type=file]") as HTMLInputElement;
    const exe = new File([new Uint8Array([77, 90])], "setup.exe", {
      type: "application/x-msdownload",
    });
    await userEvent.upload(input, exe, { applyAccept: false });
    await userEvent.type(canvas.getByRole("textbox", { name: "Message" }), "Installer{Enter}");
    const bubble = (await canvas.findByText("Installer")).closest(
      ".unilink-message",
    ) as HTMLElement;
    await expect(await within(bubble).findByRole("alert")).toHaveTextContent(
      "“setup.exe” is a type of file that cannot be sent.",
    );
    await userEvent.click(within(bubble).getByRole("button", { name: "Discard" }));
    await waitFor(() => expect(canvas.queryByText("Installer")).toBeNull());
  },
};

/** A slow upload shows progress and can be cancelled; the message stays, to retry or discard. */
export const CancelAnUpload: Story = {
  play: async ({ canvasElement, loaded }) => {
    const world = platformWorldOf(loaded);
    const canvas = within(canvasElement);
    let release = () => {};
    world.rest.use(async (request, next) => {
      if (request.method === "POST" && request.path.endsWith("/messages")) {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      }
      return next();
    });
    const input = canvasElement.querySelector("input[type=file]") as HTMLInputElement;
    await userEvent.upload(input, new File([PNG], "big.png", { type: "image/png" }));
    await userEvent.type(canvas.getByRole("textbox", { name: "Message" }), "Slow one{Enter}");
    const bubble = (await canvas.findByText("Slow one")).closest(".unilink-message") as HTMLElement;
    await expect(
      within(bubble).getByRole("progressbar", { name: "Upload progress" }),
    ).toBeVisible();
    await userEvent.click(within(bubble).getByRole("button", { name: "Cancel upload" }));
    await expect(await within(bubble).findByRole("alert")).toHaveTextContent("Upload cancelled.");
    await expect(within(bubble).getByRole("button", { name: "Retry" })).toBeVisible();
    release();
  },
};
