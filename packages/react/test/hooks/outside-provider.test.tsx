import { render } from "@testing-library/react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import {
  useConnectionStatus,
  useContact,
  useConversation,
  useConversations,
  useMarkRead,
  useMessages,
  useNotifications,
  usePresence,
  useResyncState,
  useRetryMessage,
  useSendMessage,
  useTyping,
  useTypingReporter,
  useUniLinkClient,
  useUniLinkEvent,
  useUniLinkStore,
} from "../../src";

const hooks: Record<string, () => unknown> = {
  useUniLinkClient: () => useUniLinkClient(),
  useConnectionStatus: () => useConnectionStatus(),
  useConversations: () => useConversations(),
  useConversation: () => useConversation(1),
  useMessages: () => useMessages(1),
  useTyping: () => useTyping(1),
  usePresence: () => usePresence({ userId: 1 }),
  useContact: () => useContact(1),
  useNotifications: () => useNotifications(),
  useUniLinkEvent: () => useUniLinkEvent("message.created", () => {}),
  useUniLinkStore: () => useUniLinkStore((state) => state.status),
  useSendMessage: () => useSendMessage(1),
  useRetryMessage: () => useRetryMessage(),
  useTypingReporter: () => useTypingReporter(1),
  useMarkRead: () => useMarkRead(1),
  useResyncState: () => useResyncState(),
  // The view forms name their hook too (the test name is cut at "(").
  "useConversations(query, { load })": () => useConversations({}, { load: true }),
  "useMessages(id, { load })": () => useMessages(1, { load: true }),
};

// React logs the thrown render error (React 18 also rethrows it through a jsdom error event).
const silence = (event: ErrorEvent) => event.preventDefault();
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
  window.addEventListener("error", silence);
});
afterEach(() => {
  window.removeEventListener("error", silence);
  vi.restoreAllMocks();
});

function CallHook({ call }: { call: () => unknown }) {
  call();
  return null;
}

test.each(Object.keys(hooks))("%s outside <UniLinkProvider> throws an error naming it", (name) => {
  const call = hooks[name] as () => unknown;
  const hookName = name.split("(")[0] as string;
  expect(() => render(<CallHook call={call} />)).toThrowError(
    new RegExp(`^${hookName}\\(\\) must be used inside <UniLinkProvider>`),
  );
});
