import { expect, test } from "vitest";
import {
  type TypingHandlers,
  useMarkRead,
  useRetryMessage,
  useSendMessage,
  useTypingReporter,
} from "../../src";
import { renderAgentConnected, startPlatform } from "./platform";

interface Actions {
  send: unknown;
  retry: unknown;
  markRead: unknown;
  typing: TypingHandlers;
}

function Actions({ id, isPrivate, seen }: { id: number; isPrivate: boolean; seen: Actions[] }) {
  seen.push({
    send: useSendMessage(id),
    retry: useRetryMessage(),
    markRead: useMarkRead(id),
    typing: useTypingReporter(id, { isPrivate }),
  });
  return null;
}

test("action hooks return the same functions across renders; per-conversation ones follow the id", async () => {
  const setup = await startPlatform();
  const seen: Actions[] = [];
  const { rerender } = await renderAgentConnected(
    setup,
    <Actions id={1} isPrivate={false} seen={seen} />,
  );
  rerender(<Actions id={1} isPrivate seen={seen} />);
  const [first, second] = seen.slice(-2) as [Actions, Actions];
  expect(second.send).toBe(first.send);
  expect(second.retry).toBe(first.retry);
  expect(second.markRead).toBe(first.markRead);
  expect(second.typing).toBe(first.typing);

  rerender(<Actions id={2} isPrivate seen={seen} />);
  const third = seen.at(-1) as Actions;
  expect(third.send).not.toBe(first.send);
  expect(third.markRead).not.toBe(first.markRead);
  expect(third.retry).toBe(first.retry);
  expect(third.typing).toBe(first.typing);
});
