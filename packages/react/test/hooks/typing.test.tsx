import { screen, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import { expect, test } from "vitest";
import { useTyping } from "../../src";
import { send, startServer } from "../helpers/fake-server";
import { renderConnected } from "../helpers/render";

function Typing({ id, includePrivate }: { id: number; includePrivate?: boolean }) {
  const typists = useTyping(id, { includePrivate });
  const names = typists.map((t) => t.user.name).join(", ");
  return <p data-testid={includePrivate ? "agent-view" : "contact-view"}>{names || "nobody"}</p>;
}

test("shows typists; private notes only with includePrivate; typing_off removes them", async () => {
  const server = await startServer();
  const factories = createFactories(31);
  const conversation = factories.conversation();
  const contact = conversation.meta.sender;
  const agent = factories.user({ name: "Agent Ana" });
  await renderConnected(
    server,
    <>
      <Typing id={conversation.id} />
      <Typing id={conversation.id} includePrivate />
    </>,
  );
  send(server, events.typingOn(conversation, contact));
  send(server, events.typingOn(conversation, agent, true));
  await waitFor(() =>
    expect(screen.getByTestId("agent-view").textContent).toBe(`${contact.name}, Agent Ana`),
  );
  expect(screen.getByTestId("contact-view").textContent).toBe(contact.name);

  send(server, events.typingOff(conversation, contact));
  await waitFor(() => expect(screen.getByTestId("agent-view").textContent).toBe("Agent Ana"));
  expect(screen.getByTestId("contact-view").textContent).toBe("nobody");
});

test("a typist without typing_off disappears after typingTimeoutMs", async () => {
  const server = await startServer();
  const factories = createFactories(32);
  const conversation = factories.conversation();
  await renderConnected(server, <Typing id={conversation.id} />, { typingTimeoutMs: 400 });
  send(server, events.typingOn(conversation, conversation.meta.sender));
  await waitFor(() =>
    expect(screen.getByTestId("contact-view").textContent).toBe(conversation.meta.sender.name),
  );
  await waitFor(() => expect(screen.getByTestId("contact-view").textContent).toBe("nobody"));
});
