import { fireEvent, screen, waitFor } from "@testing-library/react";
import { isPending } from "@unilink/core";
import { expect, test } from "vitest";
import { useMessages, useRetryMessage, useSendMessage } from "../../src";
import { type PlatformSetup, renderAgentConnected, requests, startPlatform } from "./platform";

const TEXT = "It ships today";

function Chat({ id }: { id: number }) {
  const { messages } = useMessages(id, { load: true });
  const send = useSendMessage(id);
  const retry = useRetryMessage();
  return (
    <section>
      <ol aria-label="thread">
        {messages.map((m) => (
          <li key={m.id}>{`${m.content} (${isPending(m) ? m.status : "sent"})`}</li>
        ))}
      </ol>
      <button type="button" onClick={() => void send({ content: TEXT })}>
        send
      </button>
      {messages.filter(isPending).map((m) =>
        m.status === "failed" ? (
          <button key={m.id} type="button" onClick={() => void retry(m.echo_id)}>
            retry
          </button>
        ) : null,
      )}
    </section>
  );
}

const shown = () =>
  Array.from(
    screen.getByRole("list", { name: "thread" }).querySelectorAll("li"),
    (li) => li.textContent,
  );

async function openChat() {
  const setup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const { id } = setup.server.platform.createConversation({
    contact,
    messages: ["Where is my parcel?"],
  });
  await renderAgentConnected(setup, <Chat id={id} />);
  await waitFor(() => expect(shown()).toEqual(["Where is my parcel? (sent)"]));
  return { setup, id };
}

/** Resolves when the socket delivered the platform's `message.created` for {@link TEXT}. */
function eventArrived(setup: PlatformSetup): Promise<void> {
  return new Promise((resolve) => {
    const stop = setup.client.on("message.created", (message) => {
      if (message.content !== TEXT) return;
      stop();
      resolve();
    });
  });
}

/** What the platform stores, as the thread should show it. */
const truth = (setup: PlatformSetup, id: number) =>
  setup.server.platform.messages(id).map((m) => `${m.content} (sent)`);

test("useSendMessage shows the message at once as sending, then sent, exactly once", async () => {
  const { setup, id } = await openChat();
  const event = eventArrived(setup);
  fireEvent.click(screen.getByRole("button", { name: "send" }));
  expect(shown()).toEqual(["Where is my parcel? (sent)", `${TEXT} (sending)`]);

  await waitFor(() => expect(shown()).toEqual(["Where is my parcel? (sent)", `${TEXT} (sent)`]));
  await event; // both the REST answer and the event arrived: still one copy
  expect(shown()).toEqual(truth(setup, id));
  expect(truth(setup, id)).toEqual(["Where is my parcel? (sent)", `${TEXT} (sent)`]);
  expect(requests(setup.server, "POST", "/messages")).toHaveLength(1);
});

test("a failed send shows failed; retry sends it and the server has it once", async () => {
  const { setup, id } = await openChat();
  setup.server.rest.failNext({ method: "POST", path: /\/messages$/ });
  fireEvent.click(screen.getByRole("button", { name: "send" }));
  await waitFor(() => expect(shown()).toContain(`${TEXT} (failed)`));
  expect(setup.server.platform.messages(id)).toHaveLength(1);

  const event = eventArrived(setup);
  fireEvent.click(screen.getByRole("button", { name: "retry" }));
  expect(shown()).toContain(`${TEXT} (sending)`);
  await event;
  await waitFor(() => expect(shown()).toEqual(truth(setup, id)));
  expect(truth(setup, id)).toEqual(["Where is my parcel? (sent)", `${TEXT} (sent)`]);
  expect(screen.queryByRole("button", { name: "retry" })).toBeNull();
});

test("retrying a send the server did store (its answer was lost) creates no second message", async () => {
  const { setup, id } = await openChat();
  const { platform } = setup.server;
  platform.holdEvents(); // the event would otherwise confirm it before the error arrives
  setup.server.rest.failNext({ method: "POST", path: /\/messages$/, afterHandling: true });
  fireEvent.click(screen.getByRole("button", { name: "send" }));
  await waitFor(() => expect(shown()).toContain(`${TEXT} (failed)`));
  expect(truth(setup, id)).toEqual(["Where is my parcel? (sent)", `${TEXT} (sent)`]);

  fireEvent.click(screen.getByRole("button", { name: "retry" }));
  await waitFor(() => expect(shown()).toEqual(truth(setup, id)));
  const event = eventArrived(setup);
  platform.releaseEvents();
  await event;
  expect(shown()).toEqual(truth(setup, id));
  expect(truth(setup, id)).toHaveLength(2);
  expect(requests(setup.server, "POST", "/messages")).toHaveLength(2);
});
