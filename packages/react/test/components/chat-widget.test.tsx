import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { events } from "@unilink/testing";
import { act } from "react";
import { expect, test, vi } from "vitest";
import { ChatWidget } from "../../src/components";
import { startLive } from "./helpers/live";

test("the launcher opens a chat for the contact: messages, no private notes, Escape closes", async () => {
  const live = await startLive({ as: "contact" });
  const agent = live.factories.user({ name: "Ana Agent", available_name: "Ana" });
  const conversation = live.factories.conversation({ meta: { assignee: agent } });
  act(() =>
    live.client.hydrate({
      conversations: [conversation],
      messages: [
        {
          conversationId: conversation.id,
          messages: [
            live.factories.message({ content: "Hi, I need help" }, { conversation }),
            live.factories.message(
              { content: "secret note", message_type: 1, private: true },
              { conversation, sender: agent },
            ),
          ],
        },
      ],
    }),
  );
  const onSend = vi.fn();
  live.render(<ChatWidget onSend={onSend} />);
  const launcher = screen.getByRole("button", { name: "Chat with us" });
  fireEvent.click(launcher);
  const dialog = screen.getByRole("dialog", { name: "Chat" });
  expect(within(dialog).getByRole("heading").textContent).toBe("Ana");
  expect(within(dialog).getByText("Hi, I need help")).toBeTruthy();
  expect(within(dialog).queryByText("secret note")).toBeNull();

  live.send(
    events.messageCreated(
      live.factories.message(
        { content: "Hello! How can I help?", message_type: 1 },
        { conversation, sender: agent },
      ),
    ),
  );
  expect(await within(dialog).findByText("Hello! How can I help?")).toBeTruthy();

  const box = within(dialog).getByRole("textbox");
  expect(document.activeElement).toBe(box);
  fireEvent.change(box, { target: { value: "My order #42" } });
  fireEvent.keyDown(box, { key: "Enter" });
  expect(onSend).toHaveBeenCalledWith({
    conversationId: conversation.id,
    content: "My order #42",
    private: false,
  });

  fireEvent.keyDown(box, { key: "Escape" });
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Chat with us" }));
});

test("before the first message the widget says once when the team replies and how to start", async () => {
  const live = await startLive({ as: "contact" });
  live.render(<ChatWidget />);
  fireEvent.click(screen.getByRole("button", { name: "Chat with us" }));
  const dialog = screen.getByRole("dialog", { name: "Chat" });
  expect(within(dialog).getAllByText(/typically reply/i)).toHaveLength(1);
  expect(
    within(dialog).getByText("Ask us anything: your first message starts the conversation."),
  ).toBeTruthy();
  expect(document.activeElement).toBe(within(dialog).getByRole("textbox"));
});
