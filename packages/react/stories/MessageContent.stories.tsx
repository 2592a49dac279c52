import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { MessageContent } from "../src/components";

const meta = {
  title: "Content/MessageContent",
  component: MessageContent,
  args: {
    text: "**Order #4521** is _on its way_.\nTrack it: https://tracking.example.com/4521\n\n- Call tel:+442071234567\n- or write to help@example.com\n\n```\ncode <b>stays</b> text\n```",
  },
  render: (args) => (
    <div className="story-panel unilink-root">
      <div className="unilink-message__bubble">
        <MessageContent {...args} />
      </div>
    </div>
  ),
} satisfies Meta<typeof MessageContent>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The markdown subset and safe links. */
export const Formatting: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText("Order #4521").tagName).toBe("STRONG");
    await expect(
      canvas.getByRole("link", { name: "https://tracking.example.com/4521" }),
    ).toHaveAttribute("target", "_blank");
    await expect(canvas.getByRole("link", { name: "tel:+442071234567" })).toHaveAttribute(
      "href",
      "tel:+442071234567",
    );
    await expect(canvasElement.querySelector("pre code")?.textContent).toBe(
      "code <b>stays</b> text",
    );
  },
};

/** Hostile input stays inert text. */
export const HostileInput: Story = {
  args: {
    text: `<script>document.title="pwned"</script><img src=x onerror="document.title='pwned'"> [x](javascript:alert(1)) javascript:alert(2) \u202Egnp.exe`,
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("script, img, a")).toBeNull();
    await expect(document.title).not.toBe("pwned");
    await expect(within(canvasElement).getByText(/<script>/)).toBeVisible();
  },
};
