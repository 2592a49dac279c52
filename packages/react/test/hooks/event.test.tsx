import { screen, waitFor } from "@testing-library/react";
import type { MessageEventData, UniLinkClient, UniLinkEvent } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { useState } from "react";
import { expect, expectTypeOf, test, vi } from "vitest";
import { useConversation, useUniLinkEvent } from "../../src";
import { AGENT, send, startServer } from "../helpers/fake-server";
import { CaptureClient, ConversationTotal } from "../helpers/probes";
import { renderConnected } from "../helpers/render";

function MessageListener({ received }: { received: string[] }) {
  // The handler may return anything; its parameters are typed by the event name.
  useUniLinkEvent("message.created", (message, event) => {
    expectTypeOf(message).toEqualTypeOf<MessageEventData>();
    expectTypeOf(event.event).toEqualTypeOf<"message.created">();
    received.push(message.content ?? "");
    return message.content;
  });
  return null;
}

function EveryEventListener({ names }: { names: string[] }) {
  useUniLinkEvent("*", (event) => {
    expectTypeOf(event).toEqualTypeOf<UniLinkEvent>();
    names.push(event.event);
  });
  return null;
}

function StoreAwareListener({ id }: { id: number }) {
  const [seen, setSeen] = useState("none");
  const stored = useConversation(id);
  useUniLinkEvent("conversation.created", (data) => setSeen(`event ${data.id}`));
  return <p data-testid="seen">{stored ? `${seen} stored` : seen}</p>;
}

function CreatedListener({ calls, tag = "" }: { calls: string[]; tag?: string }) {
  useUniLinkEvent("conversation.created", (data) => {
    calls.push(`${tag}${data.id}`);
  });
  return null;
}

test("calls the handler with the typed data of the named event only", async () => {
  const server = await startServer();
  const factories = createFactories(61);
  const received: string[] = [];
  await renderConnected(server, <MessageListener received={received} />);
  const conversation = factories.conversation();
  send(server, events.conversationCreated(conversation));
  send(server, events.messageCreated(factories.message({ content: "hello" }, { conversation })));
  await waitFor(() => expect(received).toEqual(["hello"]));
});

test('"*" receives every event, unknown names included', async () => {
  const server = await startServer();
  const names: string[] = [];
  await renderConnected(server, <EveryEventListener names={names} />);
  send(server, events.conversationCreated(createFactories(62).conversation()));
  server.broadcast(AGENT.token, "brand.new_event", { account_id: AGENT.accountId });
  // The server also greets every subscription with a presence.update snapshot.
  await waitFor(() =>
    expect(names.filter((name) => name !== "presence.update")).toEqual([
      "conversation.created",
      "brand.new_event",
    ]),
  );
});

test("the store is already updated when the handler runs", async () => {
  const server = await startServer();
  const conversation = createFactories(63).conversation();
  await renderConnected(server, <StoreAwareListener id={conversation.id} />);
  send(server, events.conversationCreated(conversation));
  await waitFor(() =>
    expect(screen.getByTestId("seen").textContent).toBe(`event ${conversation.id} stored`),
  );
});

test("a new handler identity is used without resubscribing", async () => {
  const server = await startServer();
  const conversation = createFactories(64).conversation();
  const calls: string[] = [];
  let client: UniLinkClient | undefined;
  const tree = (tag: string) => (
    <>
      <CaptureClient onClient={(c) => (client = c)} />
      <CreatedListener calls={calls} tag={tag} />
    </>
  );
  const { rerender } = await renderConnected(server, tree("a:"));
  const on = vi.spyOn(client as UniLinkClient, "on");
  rerender(tree("b:"));
  rerender(tree("c:"));
  send(server, events.conversationCreated(conversation));
  await waitFor(() => expect(calls).toEqual([`c:${conversation.id}`]));
  expect(on).not.toHaveBeenCalled();
});

test("unmounting the component unsubscribes its handler", async () => {
  const server = await startServer();
  const factories = createFactories(65);
  const calls: string[] = [];
  const { rerender } = await renderConnected(
    server,
    <>
      <CreatedListener calls={calls} />
      <ConversationTotal />
    </>,
  );
  const first = factories.conversation();
  send(server, events.conversationCreated(first));
  await waitFor(() => expect(calls).toEqual([String(first.id)]));
  rerender(<ConversationTotal />);
  send(server, events.conversationCreated(factories.conversation()));
  await waitFor(() => expect(screen.getByTestId("total").textContent).toBe("2"));
  expect(calls).toEqual([String(first.id)]);
});
