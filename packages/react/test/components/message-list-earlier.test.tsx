import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { MessageList } from "../../src/components";
import { renderAgent, startPlatform } from "../hooks/platform";

// Finding 7 of issue 13: a brand-new conversation offered "Show earlier messages".
test("a one-message conversation says it is the start, with no 'Show earlier messages'", async () => {
  const setup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const { id } = setup.server.platform.createConversation({ contact, messages: ["First words"] });
  await renderAgent(setup, <MessageList conversationId={id} />, { waitConnected: false });
  await screen.findByText("First words");
  expect(await screen.findByText("This is the start of the conversation.")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Show earlier messages" })).toBeNull();
});

test("a conversation with more than a page offers older messages from the server", async () => {
  const setup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const messages = Array.from({ length: 25 }, (_, i) => `line ${i}`);
  const { id } = setup.server.platform.createConversation({ contact, messages });
  await renderAgent(setup, <MessageList conversationId={id} />, { waitConnected: false });
  await screen.findByText("line 24");
  expect(await screen.findByRole("button", { name: "Show earlier messages" })).toBeTruthy();
});
