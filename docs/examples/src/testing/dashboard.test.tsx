import { cleanup, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { createAgentApi } from "@unilink/core";
import { createFakeUniLinkServer, type FakePlatformServer } from "@unilink/testing";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import { Dashboard } from "../getting-started/Dashboard";

let server: FakePlatformServer;

beforeEach(async () => {
  // Platform mode: a model of accounts, conversations and messages, plus its REST API.
  server = await createFakeUniLinkServer({ platform: true });
  vi.stubGlobal("WebSocket", WebSocket); // what the browser would provide
});

afterEach(async () => {
  cleanup(); // unmount first: the provider destroys its client
  vi.unstubAllGlobals();
  await server.close();
});

async function renderDashboard() {
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const contact = platform.createContact({ name: "Bruno" });
  const conversation = platform.createConversation({
    contact,
    assigneeId: agent.id,
    messages: ["My order never arrived"],
  });
  const api = createAgentApi({
    baseUrl: server.httpUrl,
    accessToken: agent.accessToken,
    accountId: agent.accountId,
  });
  render(<Dashboard url={server.url} api={api} profile={await api.profile()} />);
  return { platform, conversation };
}

it("lists the agent's conversations and shows the thread", async () => {
  await renderDashboard();
  await userEvent.click(await screen.findByRole("button", { name: /Bruno/ }));
  const messages = await screen.findByRole("list", { name: "Messages" });
  expect(await within(messages).findByText("My order never arrived")).toBeTruthy();
});

it("shows a customer's new message live", async () => {
  const { platform, conversation } = await renderDashboard();
  await userEvent.click(await screen.findByRole("button", { name: /Bruno/ }));
  await screen.findByText("My order never arrived");
  await vi.waitFor(() => expect(server.subscriptionCount).toBe(1));

  platform.receiveContactMessage(conversation.id, "Any news?");
  expect(await screen.findByText("Any news?")).toBeTruthy();
});

it("sends a reply that reaches the platform exactly once", async () => {
  const { platform, conversation } = await renderDashboard();
  await userEvent.click(await screen.findByRole("button", { name: /Bruno/ }));
  await userEvent.type(await screen.findByRole("textbox", { name: "Message" }), "On its way!");
  await userEvent.click(screen.getByRole("button", { name: "Send" }));

  expect(await screen.findByText("On its way!")).toBeTruthy(); // optimistic, then confirmed
  await vi.waitFor(() => {
    const contents = platform.messages(conversation.id).map((m) => m.content);
    expect(contents.filter((content) => content === "On its way!")).toHaveLength(1);
  });
});
