import { act, fireEvent, screen } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { MessageComposer } from "../../src/components";
import { startLive } from "./helpers/live";

test("Enter sends and clears; Shift+Enter and an IME Enter do not send", async () => {
  const live = await startLive();
  const onSend = vi.fn();
  live.render(<MessageComposer conversationId={5} onSend={onSend} />);
  const box = screen.getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement;
  expect(screen.getByRole("button", { name: "Send" })).toHaveProperty("disabled", true);

  fireEvent.change(box, { target: { value: "Hi there" } });
  fireEvent.keyDown(box, { key: "Enter", shiftKey: true });
  fireEvent.keyDown(box, { key: "Enter", isComposing: true });
  expect(onSend).not.toHaveBeenCalled();

  fireEvent.keyDown(box, { key: "Enter" });
  expect(onSend).toHaveBeenCalledWith({ conversationId: 5, content: "Hi there", private: false });
  expect(box.value).toBe("");

  fireEvent.change(box, { target: { value: "   " } });
  fireEvent.keyDown(box, { key: "Enter" });
  expect(onSend).toHaveBeenCalledTimes(1);
});

test("agents toggle private notes; the toggle is a pressed button", async () => {
  const live = await startLive();
  const onSend = vi.fn();
  live.render(<MessageComposer conversationId={5} onSend={onSend} allowPrivate />);
  const toggle = screen.getByRole("button", { name: "Private note" });
  expect(toggle.getAttribute("aria-pressed")).toBe("false");
  fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-pressed")).toBe("true");
  const box = screen.getByRole("textbox");
  expect(box.getAttribute("placeholder")).toMatch(/private note/i);
  fireEvent.change(box, { target: { value: "internal" } });
  fireEvent.click(screen.getByRole("button", { name: "Send" }));
  expect(onSend).toHaveBeenCalledWith({ conversationId: 5, content: "internal", private: true });
});

test("without onSend it uses the client's sendMessage and typing reporter", async () => {
  const live = await startLive();
  const reporter = { onInput: vi.fn(), onSend: vi.fn(), dispose: vi.fn() };
  const send = vi.spyOn(live.client, "sendMessage");
  const createReporter = vi.spyOn(live.client, "createTypingReporter").mockReturnValue(reporter);
  const { unmount } = live.render(<MessageComposer conversationId={9} allowPrivate />);
  expect(createReporter).toHaveBeenCalledWith(9, { isPrivate: false });

  const box = screen.getByRole("textbox");
  fireEvent.change(box, { target: { value: "h" } });
  fireEvent.change(box, { target: { value: "he" } });
  expect(reporter.onInput).toHaveBeenCalledTimes(2);
  fireEvent.keyDown(box, { key: "Enter" });
  expect(send).toHaveBeenCalledWith(9, { content: "he", private: false });
  expect(reporter.onSend).toHaveBeenCalled();
  // Core shows the message at once as pending (this client has no REST api, so it then fails).
  expect(live.client.store.getState().messages[9]?.ids).toHaveLength(1);

  // Note mode gets its own reporter (private typing); the old one is disposed.
  fireEvent.click(screen.getByRole("button", { name: "Private note" }));
  expect(createReporter).toHaveBeenLastCalledWith(9, { isPrivate: true });
  expect(reporter.dispose).toHaveBeenCalledTimes(1);
  unmount();
  expect(reporter.dispose).toHaveBeenCalledTimes(2);
});

test("a send that throws is reported through onError", async () => {
  const live = await startLive();
  const onError = vi.fn();
  live.render(
    <MessageComposer
      conversationId={5}
      onError={onError}
      onSend={() => Promise.reject(new Error("nope"))}
    />,
  );
  fireEvent.change(screen.getByRole("textbox"), { target: { value: "x" } });
  fireEvent.keyDown(screen.getByRole("textbox"), { key: "Enter" });
  await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(new Error("nope")));
});

test("offline: the composer says messages are queued, and still sends", async () => {
  const live = await startLive();
  const onSend = vi.fn();
  live.render(<MessageComposer conversationId={5} onSend={onSend} />);
  expect(screen.queryByText(/offline/)).toBeNull();
  act(() => live.client.store.setState({ status: "reconnecting" }));
  expect(screen.getByRole("status").textContent).toMatch(/offline/);
  fireEvent.change(screen.getByRole("textbox"), { target: { value: "queued" } });
  fireEvent.keyDown(screen.getByRole("textbox"), { key: "Enter" });
  expect(onSend).toHaveBeenCalledTimes(1);
});
