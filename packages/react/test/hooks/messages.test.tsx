import { screen, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import { expect, test } from "vitest";
import { useMessages } from "../../src";
import { send, startServer } from "../helpers/fake-server";
import { renderConnected } from "../helpers/render";

function Thread({ conversationId }: { conversationId: number }) {
  const messages = useMessages(conversationId);
  return (
    <ol aria-label={`thread ${conversationId}`}>
      {messages.map((m) => (
        <li key={m.id}>{m.content}</li>
      ))}
    </ol>
  );
}

const contents = (conversationId: number) =>
  Array.from(
    screen.getByRole("list", { name: `thread ${conversationId}` }).querySelectorAll("li"),
    (li) => li.textContent,
  );

test("shows a conversation's messages oldest first, whatever order they arrive in", async () => {
  const server = await startServer();
  const factories = createFactories(21);
  const conversation = factories.conversation();
  const other = factories.conversation();
  await renderConnected(
    server,
    <>
      <Thread conversationId={conversation.id} />
      <Thread conversationId={other.id} />
    </>,
  );
  const first = factories.message({ content: "first" }, { conversation });
  const second = factories.message({ content: "second" }, { conversation });
  const elsewhere = factories.message({ content: "elsewhere" }, { conversation: other });
  send(server, events.messageCreated(second));
  send(server, events.messageCreated(elsewhere));
  send(server, events.messageCreated(first));
  await waitFor(() => expect(contents(conversation.id)).toEqual(["first", "second"]));
  expect(contents(other.id)).toEqual(["elsewhere"]);

  send(
    server,
    events.messageUpdated(
      { ...second, content: "second (edited)", updated_at: "2030-01-01T00:00:00.000Z" },
      { content: ["second", "second (edited)"] },
    ),
  );
  await waitFor(() => expect(contents(conversation.id)).toEqual(["first", "second (edited)"]));
});

function MessagesProbe({ id, seen }: { id: number; seen: unknown[] }) {
  seen.push(useMessages(id));
  return null;
}

test("returns the same array while only other conversations change", async () => {
  const server = await startServer();
  const factories = createFactories(22);
  const conversation = factories.conversation();
  const other = factories.conversation();
  const seen: unknown[] = [];
  await renderConnected(
    server,
    <>
      <MessagesProbe id={conversation.id} seen={seen} />
      <Thread conversationId={conversation.id} />
      <Thread conversationId={other.id} />
    </>,
  );
  send(server, events.messageCreated(factories.message({ content: "mine" }, { conversation })));
  await waitFor(() => expect(contents(conversation.id)).toEqual(["mine"]));
  const renders = seen.length;
  const list = seen.at(-1);
  send(
    server,
    events.messageCreated(factories.message({ content: "theirs" }, { conversation: other })),
  );
  await waitFor(() => expect(contents(other.id)).toEqual(["theirs"]));
  expect(seen.length).toBe(renders);
  expect(seen.at(-1)).toBe(list);
});
