import { screen, waitFor } from "@testing-library/react";
import type { ConversationListFilter } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { describe, expect, test } from "vitest";
import { useConversation, useConversations } from "../../src";
import { send, startServer } from "../helpers/fake-server";
import { ConversationTotal } from "../helpers/probes";
import { renderConnected } from "../helpers/render";

function List({ filter }: { filter?: ConversationListFilter }) {
  const conversations = useConversations(filter);
  return (
    <ul>
      {conversations.map((c) => (
        <li key={c.id}>{`#${c.id} ${c.status}`}</li>
      ))}
    </ul>
  );
}

function OpenListProbe({ seen }: { seen: (readonly unknown[])[] }) {
  const list = useConversations({ status: "open" });
  seen.push(list);
  return <p data-testid="size">{list.length}</p>;
}

function Row({ id }: { id: number }) {
  const conversation = useConversation(id);
  return <p data-testid={`row-${id}`}>{conversation ? conversation.status : "unknown"}</p>;
}

const listed = () => screen.getAllByRole("listitem").map((li) => li.textContent);

describe("useConversations", () => {
  test("lists conversations from live events, filtered and sorted by core's rules", async () => {
    const server = await startServer();
    const factories = createFactories(11);
    await renderConnected(server, <List filter={{ status: "open" }} />);
    const older = factories.conversation();
    const newer = factories.conversation();
    send(server, events.conversationCreated(older));
    send(server, events.conversationCreated(newer));
    await waitFor(() => expect(listed()).toEqual([`#${newer.id} open`, `#${older.id} open`]));

    const resolved = { ...newer, status: "resolved" as const, updated_at: newer.updated_at + 10 };
    send(server, events.conversationStatusChanged(resolved));
    await waitFor(() => expect(listed()).toEqual([`#${older.id} open`]));
  });

  test("keeps the same array (and does not re-render) while nothing it shows changes", async () => {
    const server = await startServer();
    const factories = createFactories(12);
    const seen: (readonly unknown[])[] = [];
    await renderConnected(
      server,
      <>
        <OpenListProbe seen={seen} />
        <ConversationTotal />
      </>,
    );
    const open = factories.conversation();
    const pending = factories.conversation({ status: "pending" });
    send(server, events.conversationCreated(open));
    await waitFor(() => expect(screen.getByTestId("size").textContent).toBe("1"));
    const renders = seen.length;
    const list = seen.at(-1);

    // Each changes the store, none changes the open list.
    send(server, events.conversationCreated(pending));
    send(
      server,
      events.conversationUpdated({
        ...pending,
        unread_count: 5,
        updated_at: pending.updated_at + 1,
      }),
    );
    send(server, events.conversationCreated(factories.conversation({ status: "resolved" })));
    await waitFor(() => expect(screen.getByTestId("total").textContent).toBe("3"));
    expect(seen.length).toBe(renders);
    expect(seen.at(-1)).toBe(list);
  });
});

describe("useConversation", () => {
  test("is undefined until known, then follows that conversation's updates", async () => {
    const server = await startServer();
    const conversation = createFactories(13).conversation();
    const row = () => screen.getByTestId(`row-${conversation.id}`).textContent;
    await renderConnected(server, <Row id={conversation.id} />);
    expect(row()).toBe("unknown");

    send(server, events.conversationCreated(conversation));
    await waitFor(() => expect(row()).toBe("open"));

    const snoozed = {
      ...conversation,
      status: "snoozed" as const,
      updated_at: conversation.updated_at + 5,
    };
    send(server, events.conversationStatusChanged(snoozed));
    await waitFor(() => expect(row()).toBe("snoozed"));
  });
});
