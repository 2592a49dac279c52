import { cleanup, render, screen } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { createFakeUniLinkServer, type FakePlatformServer } from "@unilink/testing";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import { SupportWidget } from "../widget/SupportWidget";

let server: FakePlatformServer;

beforeEach(async () => {
  server = await createFakeUniLinkServer({ platform: true });
  vi.stubGlobal("WebSocket", WebSocket);
  localStorage.clear();
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await server.close();
});

it("lets a visitor write to support and see the agent's reply", async () => {
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const inboxIdentifier = platform.contact(platform.createContact().sourceId).inboxIdentifier;
  render(<SupportWidget baseUrl={server.httpUrl} inboxIdentifier={inboxIdentifier} />);

  await userEvent.click(await screen.findByRole("button", { name: "Questions? Chat with us" }));
  const box = await screen.findByRole("textbox", { name: "Message" });
  // Opening the chat creates nothing: no empty conversation in the agents' inbox.
  expect(platform.conversations()).toEqual([]);
  await userEvent.type(box, "Hello?{Enter}");

  // The platform got exactly one message, from the session the widget created.
  const conversation = await vi.waitFor(() => {
    const found = platform.conversations().find((c) => c.messages.length > 0);
    if (!found) throw new Error("no message yet");
    return found;
  });
  expect(platform.messages(conversation.id).map((m) => m.content)).toEqual(["Hello?"]);
  await vi.waitFor(() => expect(server.subscriptionCount).toBe(1));

  platform.agentReply(conversation.id, "Hi! How can I help?", { agentId: agent.id });
  expect(await screen.findByText("Hi! How can I help?")).toBeTruthy();
});
