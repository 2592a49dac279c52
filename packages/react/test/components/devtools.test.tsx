import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import {
  createUniLinkClient,
  createUniLinkStore,
  registerSecret,
  shareAcrossTabs,
  type WebSocketConstructor,
} from "@unilink/core";
import { events, InMemoryCableNetwork, InMemoryTabs } from "@unilink/testing";
import { expect, test } from "vitest";
import { UniLinkProvider } from "../../src";
import {
  parseRecording,
  replayRecording,
  UniLinkDevtools,
  type UniLinkRecording,
} from "../../src/devtools";
import { AGENT, startLive } from "./helpers/live";

// jsdom's File has no text(); browsers' does.
function withText(file: File, text: string): File {
  Object.defineProperty(file, "text", { value: async () => text });
  return file;
}

test("logs events and status changes; filter, pause and clear work", async () => {
  const live = await startLive({ backoff: { minMs: 10, maxMs: 20 } });
  live.render(<UniLinkDevtools defaultOpen />);
  const conversation = live.factories.conversation();
  live.send(events.conversationCreated(conversation));
  live.send(events.typingOn(conversation, conversation.meta.sender));
  const log = await screen.findByRole("list");
  await waitFor(() => expect(within(log).getAllByRole("listitem")).toHaveLength(2));
  act(() => live.client.store.setState({ status: "connected" }));

  fireEvent.change(screen.getByRole("searchbox", { name: "Filter events by name" }), {
    target: { value: "typing" },
  });
  expect(
    within(log)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([expect.stringContaining("conversation.typing_on")]);
  fireEvent.change(screen.getByRole("searchbox"), { target: { value: "" } });

  fireEvent.click(screen.getByRole("button", { name: "Pause" }));
  live.send(events.typingOff(conversation, conversation.meta.sender));
  live.network.setOnline(false);
  await waitFor(() => expect(live.client.status).toBe("reconnecting"));
  expect(within(log).getAllByRole("listitem")).toHaveLength(2);

  fireEvent.click(screen.getByRole("button", { name: "Resume" }));
  live.network.setOnline(true);
  await waitFor(() =>
    expect(within(screen.getByRole("list")).getByText(/reconnecting → connecting/)).toBeTruthy(),
  );

  fireEvent.click(screen.getByRole("button", { name: "Clear" }));
  expect(screen.getByText("Nothing recorded yet.")).toBeTruthy();
});

test("exports contain no token; a recording replays into a fresh store", async () => {
  const live = await startLive();
  registerSecret(AGENT.token);
  const exported: UniLinkRecording[] = [];
  live.render(<UniLinkDevtools defaultOpen onExport={(recording) => exported.push(recording)} />);
  const conversation = live.factories.conversation();
  conversation.meta.sender.identifier = "crm-user-991";
  const leaky = live.factories.message({ content: `my token is ${AGENT.token}` }, { conversation });
  live.send(events.conversationCreated(conversation));
  live.send(events.messageCreated(leaky));
  live.send({
    event: "contact.updated",
    data: { ...conversation.meta.sender, account_id: 1, pubsub_token: AGENT.token },
  });
  await waitFor(() =>
    expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(3),
  );

  fireEvent.click(screen.getByRole("button", { name: "Export" }));
  const json = JSON.stringify(exported[0]);
  expect(json).not.toContain(AGENT.token);
  expect(json).not.toContain("crm-user-991");
  expect(json).toContain("[redacted]");
  // The store view is redacted the same way.
  const details = screen.getByText("Store").closest("details") as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event("toggle"));
  const storeJson = await within(details).findByText(/"conversations"/);
  expect(storeJson.textContent).toContain(conversation.meta.sender.name);
  expect(storeJson.textContent).not.toContain("crm-user-991");

  const recording = parseRecording(json);
  const controller = createUniLinkStore({ accountId: 1 });
  const result = replayRecording(recording, controller);
  expect(result).toMatchObject({ applied: 3, errors: [] });
  expect(controller.store.getState().conversations[conversation.id]?.meta?.sender?.name).toBe(
    conversation.meta.sender.name,
  );
  expect(controller.store.getState().messages[conversation.id]?.ids).toContain(String(leaky.id));
  controller.destroy();
});

test("an imported recording shows in the log and replays into the client's store", async () => {
  const live = await startLive();
  const conversation = live.factories.conversation();
  const recording: UniLinkRecording = {
    format: "unilink-recording",
    version: 1,
    startedAt: new Date().toISOString(),
    entries: [
      { at: 0, kind: "status", status: "connecting", previous: "idle" },
      {
        at: 5,
        kind: "event",
        name: "conversation.created",
        data: events.conversationCreated(conversation).data,
      },
      { at: 9, kind: "event", name: "some.future_event", data: {} },
    ],
  };
  live.render(<UniLinkDevtools defaultOpen />);
  const input = document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
  const file = withText(new File([], "rec.json"), JSON.stringify(recording));
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText("conversation.created");
  fireEvent.click(screen.getByRole("button", { name: "Replay into store" }));
  expect(screen.getByText("Replayed 1 events (2 skipped, 0 invalid).")).toBeTruthy();
  expect(live.client.store.getState().conversations[conversation.id]).toBeDefined();
  expect(live.client.status).toBe("connected");

  fireEvent.change(input, { target: { files: [withText(new File([], "bad.json"), "{nope")] } });
  expect(await screen.findByText("Import failed: recording is not JSON")).toBeTruthy();
  expect(() => parseRecording(JSON.stringify({ format: "x" }))).toThrow(/not a unilink-recording/);
});

test("shows which tab holds the shared connection and how many follow", async () => {
  const network = new InMemoryCableNetwork();
  network.server.addAgent({ token: AGENT.token, accountId: AGENT.accountId, userId: AGENT.userId });
  const tabs = new InMemoryTabs();
  const open = () =>
    createUniLinkClient({
      url: "https://unilink.test",
      pubsubToken: AGENT.token,
      accountId: AGENT.accountId,
      userId: AGENT.userId,
      WebSocket: network.WebSocket as unknown as WebSocketConstructor,
      presenceIntervalMs: 0,
      shareAcrossTabs: shareAcrossTabs(tabs.tab()),
    });
  const [first, second] = [open(), open()];
  try {
    for (const client of [first, second]) {
      client.connect();
      render(
        <UniLinkProvider client={client}>
          <UniLinkDevtools defaultOpen />
        </UniLinkProvider>,
      );
    }
    await waitFor(() =>
      expect(screen.getAllByText(/shared connection/).map((p) => p.textContent)).toEqual([
        "This tab holds the shared connection; 1 tab follows.",
        "Another tab holds the shared connection; 1 tab follows.",
      ]),
    );
    expect(network.server.openSocketCount).toBe(1);
  } finally {
    first.destroy();
    second.destroy();
    await network.close();
  }
});

test("a client of its own says so", async () => {
  const live = await startLive();
  live.render(<UniLinkDevtools defaultOpen />);
  expect(screen.getByText("This tab has a connection of its own.")).toBeTruthy();
});
