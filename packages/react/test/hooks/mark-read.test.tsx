import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { useConversation, useConversations, useMarkRead } from "../../src";
import { type PlatformSetup, renderAgentConnected, requests, startPlatform } from "./platform";

function Row({ id, open }: { id: number; open: boolean }) {
  const conversation = useConversation(id);
  const markRead = useMarkRead(id, { when: open });
  return (
    <li>
      <span data-testid={`unread-${id}`}>{conversation?.unread_count ?? "?"}</span>
      <button type="button" onClick={() => void markRead()}>{`read ${id}`}</button>
    </li>
  );
}

function Inbox({ openId }: { openId?: number }) {
  const { conversations } = useConversations(undefined, { load: true });
  return (
    <ul>
      {conversations.map((c) => (
        <Row key={c.id} id={c.id} open={c.id === openId} />
      ))}
    </ul>
  );
}

const badge = (id: number) => screen.getByTestId(`unread-${id}`).textContent;
const lastSeenCalls = (setup: PlatformSetup, id: number) =>
  requests(setup.server, "POST", `/conversations/${id}/update_last_seen`);

async function twoUnreadConversations() {
  const setup = await startPlatform();
  const { platform } = setup.server;
  const contact = platform.createContact({ name: "Bruno" });
  const first = platform.createConversation({ contact, messages: ["Hi", "Anyone?"] }).id;
  const second = platform.createConversation({ contact, messages: ["Hello"] }).id;
  return { setup, platform, first, second };
}

test("useMarkRead drops the unread badge to 0 at once and tells the server", async () => {
  const { setup, platform, first, second } = await twoUnreadConversations();
  await renderAgentConnected(setup, <Inbox />);
  await waitFor(() => expect(badge(first)).toBe("2"));
  expect(badge(second)).toBe("1");

  fireEvent.click(screen.getByRole("button", { name: `read ${first}` }));
  expect(badge(first)).toBe("0");
  expect(badge(second)).toBe("1");
  await waitFor(() => expect(lastSeenCalls(setup, first)).toHaveLength(1));
  expect(platform.conversation(first).unread_count).toBe(0);
  expect(platform.conversation(second).unread_count).toBe(1);
  expect(lastSeenCalls(setup, second)).toHaveLength(0);
});

test("{ when: true } marks the open conversation read, again after new messages, once each", async () => {
  const { setup, platform, first, second } = await twoUnreadConversations();
  await renderAgentConnected(setup, <Inbox openId={first} />, { strict: true });
  await waitFor(() => expect(lastSeenCalls(setup, first)).toHaveLength(1));
  expect(badge(first)).toBe("0");
  expect(badge(second)).toBe("1");
  expect(platform.conversation(first).unread_count).toBe(0);

  platform.receiveContactMessage(first, "Still there?");
  platform.receiveContactMessage(second, "Me too");
  await waitFor(() => expect(badge(second)).toBe("2"));
  await waitFor(() => expect(lastSeenCalls(setup, first)).toHaveLength(2));
  expect(badge(first)).toBe("0");
  expect(platform.conversation(first).unread_count).toBe(0);
  expect(lastSeenCalls(setup, second)).toHaveLength(0);
});
