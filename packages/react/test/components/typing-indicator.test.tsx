import { screen, waitFor } from "@testing-library/react";
import { events } from "@unilink/testing";
import { expect, test } from "vitest";
import { defaultTypingIndicatorLabels, TypingIndicator, typingText } from "../../src/components";
import { startLive } from "./helpers/live";

const typist = (name: string) => ({
  user: { id: name.length, name },
  isPrivate: false,
  expiresAt: 0,
});

test("typingText: one, two, many", () => {
  const l = defaultTypingIndicatorLabels;
  expect(typingText([], l)).toBe("");
  expect(typingText([typist("Ana")], l)).toBe("Ana is typing…");
  expect(typingText([typist("Ana"), typist("Bo")], l)).toBe("Ana and Bo are typing…");
  expect(typingText([typist("Ana"), typist("Bo"), typist("Cy")], l)).toBe(
    "Ana and 2 others are typing…",
  );
  expect(typingText([typist("\u202Eana")], l)).toBe("ana is typing…");
});

test("shows live typists; private-note typing only when includePrivate; expires without typing_off", async () => {
  const live = await startLive({ typingTimeoutMs: 300 });
  const conversation = live.factories.conversation();
  const agent = live.factories.user({ name: "Ana", available_name: "Ana" });
  live.render(
    <>
      <div data-testid="contact">
        <TypingIndicator conversationId={conversation.id} />
      </div>
      <div data-testid="agent">
        <TypingIndicator conversationId={conversation.id} includePrivate />
      </div>
    </>,
  );
  live.send(events.typingOn(conversation, agent, true));
  await waitFor(() => expect(screen.getByTestId("agent").textContent).toBe("Ana is typing…"));
  expect(screen.getByTestId("contact").textContent).toBe("");

  live.send(events.typingOn(conversation, conversation.meta.sender));
  await waitFor(() =>
    expect(screen.getByTestId("contact").textContent).toBe(
      `${conversation.meta.sender.name} is typing…`,
    ),
  );
  // Nobody sends typing_off: the store's timer clears both.
  await waitFor(() => expect(screen.getByTestId("agent").textContent).toBe(""));
  expect(screen.getByTestId("contact").textContent).toBe("");
});
