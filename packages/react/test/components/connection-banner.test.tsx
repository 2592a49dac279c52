import { act, screen } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { ConnectionBanner, connectionProblem } from "../../src/components";
import { startLive } from "./helpers/live";

afterEach(() => {
  vi.useRealTimers();
});

test("connectionProblem maps statuses (and the browser going offline)", () => {
  expect(connectionProblem("connected", true)).toBeNull();
  expect(connectionProblem("resyncing", true)).toBeNull();
  expect(connectionProblem("reconnecting", true)).toBe("reconnecting");
  expect(connectionProblem("connected", false)).toBe("offline");
  expect(connectionProblem("unauthorized", false)).toBe("unauthorized");
  expect(connectionProblem("disconnected", true)).toBe("disconnected");
});

test("a blip shorter than the grace period shows nothing; a longer drop shows the banner", async () => {
  const live = await startLive();
  live.render(<ConnectionBanner />);
  const banner = screen.getByRole("status");
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });

  act(() => live.client.store.setState({ status: "reconnecting" }));
  act(() => vi.advanceTimersByTime(1400));
  act(() => live.client.store.setState({ status: "connected" }));
  act(() => vi.advanceTimersByTime(5000));
  expect(banner.textContent).toBe("");

  act(() => live.client.store.setState({ status: "reconnecting" }));
  act(() => vi.advanceTimersByTime(1499));
  expect(banner.textContent).toBe("");
  act(() => vi.advanceTimersByTime(1));
  expect(banner.textContent).toBe("Connection lost. Reconnecting…");

  act(() => live.client.store.setState({ status: "connected" }));
  expect(banner.textContent).toBe("");
});

test("a real drop on the wire shows the banner; unauthorized is an alert", async () => {
  const live = await startLive({ backoff: { minMs: 60_000, maxMs: 60_000 } });
  live.render(<ConnectionBanner graceMs={50} labels={{ unauthorized: "Sign in again" }} />);
  live.network.setOnline(false);
  expect(await screen.findByText("Connection lost. Reconnecting…")).toBeTruthy();
  act(() => live.client.store.setState({ status: "unauthorized" }));
  expect((await screen.findByRole("alert")).textContent).toBe("Sign in again");
});

test("the browser's offline event shows the offline banner", async () => {
  const live = await startLive();
  live.render(<ConnectionBanner graceMs={0} />);
  const onLine = vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
  act(() => {
    window.dispatchEvent(new Event("offline"));
  });
  expect(screen.getByRole("status").textContent).toMatch(/You are offline/);
  onLine.mockRestore();
});
