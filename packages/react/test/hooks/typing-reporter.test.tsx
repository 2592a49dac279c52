import { fireEvent, screen } from "@testing-library/react";
import type { FetchInit, FetchLike } from "@unilink/core";
import type { ReactElement } from "react";
import { afterEach, expect, test, vi } from "vitest";
import { useTypingReporter } from "../../src";
import { type PlatformSetup, renderAgentConnected, startPlatform } from "./platform";

function Composer({ id, isPrivate = false }: { id: number; isPrivate?: boolean }) {
  const typing = useTypingReporter(id, { isPrivate });
  return (
    <form>
      <textarea aria-label="reply" onInput={typing.onInput} />
      <button type="button" onClick={typing.onSend}>
        send
      </button>
    </form>
  );
}

interface TypingCall {
  status: string;
  isPrivate: boolean;
}

/**
 * Typing requests as the client makes them (recorded when `fetch` is
 * called, so a missing one shows at once without waiting), and a promise
 * for the server having answered all of them.
 */
function typingRecorder() {
  const calls: TypingCall[] = [];
  const answers: Promise<unknown>[] = [];
  const fetch: FetchLike = (url: string, init: FetchInit) => {
    const answer = globalThis.fetch(url, init);
    if (url.endsWith("/toggle_typing_status")) {
      const body = JSON.parse(String(init.body)) as { typing_status: string; is_private: boolean };
      calls.push({ status: body.typing_status, isPrivate: body.is_private });
      answers.push(answer);
    }
    return answer;
  };
  return { calls, fetch, answered: () => Promise.all(answers) };
}

async function openComposer(ui: (id: number) => ReactElement) {
  const setup: PlatformSetup = await startPlatform();
  const contact = setup.server.platform.createContact({ name: "Bruno" });
  const { id } = setup.server.platform.createConversation({ contact, messages: ["Hi"] });
  const recorder = typingRecorder();
  const result = await renderAgentConnected(setup, ui(id), { client: { fetch: recorder.fetch } });
  // Only the reporter's timers are faked: sockets and HTTP keep real time.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  return { setup, id, recorder, result };
}

const type = (text: string) =>
  fireEvent.input(screen.getByRole("textbox", { name: "reply" }), { target: { value: text } });

afterEach(() => {
  vi.useRealTimers();
});

test("keystrokes send one `on`; `off` follows after 4 s without input", async () => {
  const { setup, recorder } = await openComposer((id) => <Composer id={id} />);
  type("W");
  type("Wh");
  await vi.advanceTimersByTimeAsync(3000);
  type("Whe");
  expect(recorder.calls).toEqual([{ status: "on", isPrivate: false }]);

  await vi.advanceTimersByTimeAsync(3999); // the last keystroke re-armed the idle timer
  expect(recorder.calls).toHaveLength(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(recorder.calls.map((c) => c.status)).toEqual(["on", "off"]);

  await recorder.answered();
  const typing = setup.server.rest.requests.filter((r) => r.path.endsWith("/toggle_typing_status"));
  expect(typing.map((r) => (r.body as { typing_status: string }).typing_status)).toEqual([
    "on",
    "off",
  ]);
});

test("onSend and unmount send `off`; a private composer reports private typing", async () => {
  const { recorder, result } = await openComposer((id) => <Composer id={id} isPrivate />);
  type("Note");
  fireEvent.click(screen.getByRole("button", { name: "send" }));
  expect(recorder.calls).toEqual([
    { status: "on", isPrivate: true },
    { status: "off", isPrivate: true },
  ]);

  type("Another note");
  result.unmount();
  expect(recorder.calls.map((c) => c.status)).toEqual(["on", "off", "on", "off"]);
  // Nothing is left armed: no late `off` after the idle time.
  await vi.advanceTimersByTimeAsync(10_000);
  expect(recorder.calls).toHaveLength(4);
  await recorder.answered();
});

test("switching conversations stops typing in the old one", async () => {
  const { setup, id, recorder, result } = await openComposer((first) => <Composer id={first} />);
  const contact = setup.server.platform.createContact({ name: "Carla" });
  const other = setup.server.platform.createConversation({ contact, messages: ["Hello?"] }).id;
  type("Hi");
  result.rerender(<Composer id={other} />);
  type("Hi Carla");
  expect(recorder.calls.map((c) => c.status)).toEqual(["on", "off", "on"]);
  await recorder.answered();
  const paths = setup.server.rest.requests
    .filter((r) => r.path.endsWith("/toggle_typing_status"))
    .map((r) => r.path.split("/").at(-2));
  expect(paths).toEqual([String(id), String(id), String(other)]);
});
