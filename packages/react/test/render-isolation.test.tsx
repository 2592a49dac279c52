import { screen, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import { memo } from "react";
import { expect, test } from "vitest";
import { useConversation, useMessages } from "../src";
import { send, startServer } from "./helpers/fake-server";
import { ConversationTotal } from "./helpers/probes";
import { renderConnected } from "./helpers/render";

const ROWS = 1_000;

type Count = (key: number | "thread") => void;

const Row = memo(function Row({ id, count }: { id: number; count: Count }) {
  const conversation = useConversation(id);
  count(id);
  return <li>{conversation ? conversation.unread_count : "…"}</li>;
});

function Thread({ id, count }: { id: number; count: Count }) {
  const messages = useMessages(id);
  count("thread");
  return <p data-testid="thread">{messages.map((m) => m.content).join("|")}</p>;
}

test("one message.created re-renders at most its conversation's row and the open thread", async () => {
  const server = await startServer();
  const factories = createFactories(81);
  const conversations = Array.from({ length: ROWS }, () => factories.conversation());
  const target = conversations[ROWS / 2];
  if (!target) throw new Error("no target conversation");

  const renders = new Map<number | "thread", number>();
  const count: Count = (key) => renders.set(key, (renders.get(key) ?? 0) + 1);
  await renderConnected(
    server,
    <>
      <ul>
        {conversations.map(({ id }) => (
          <Row key={id} id={id} count={count} />
        ))}
      </ul>
      <Thread id={target.id} count={count} />
      <ConversationTotal />
    </>,
  );
  for (const conversation of conversations) send(server, events.conversationCreated(conversation));
  await waitFor(() => expect(screen.getByTestId("total").textContent).toBe(String(ROWS)), {
    timeout: 15_000,
  });
  expect(renders.size).toBe(ROWS + 1);

  renders.clear();
  send(
    server,
    events.messageCreated(factories.message({ content: "ping" }, { conversation: target })),
  );
  // The conversation payload carried its last message, so "ping" comes after it.
  await waitFor(() => expect(screen.getByTestId("thread").textContent).toMatch(/\|ping$/));

  expect(renders.get("thread")).toBe(1);
  const rows = [...renders.keys()].filter((key) => key !== "thread");
  expect(rows.filter((id) => id !== target.id)).toEqual([]);
  expect(renders.get(target.id) ?? 0).toBeLessThanOrEqual(1);
}, 30_000);
