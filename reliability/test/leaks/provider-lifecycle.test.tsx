// @vitest-environment jsdom
import { render } from "@testing-library/react";
import type { UniLinkClient } from "@unilink/core";
import { UniLinkProvider, useUniLinkClient } from "@unilink/react";
import { createFakeUniLinkServer, type FakeUniLinkServer } from "@unilink/testing";
import { StrictMode } from "react";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { NodeWebSocket, USER_ID } from "../support/agent";
import { LEAK_CYCLES, timeoutFor } from "../support/sizes";
import { type TimerTracker, trackTimers } from "../support/timer-tracker";
import { ACCOUNT_ID } from "../support/valid-events";
import { waitForStatus } from "../support/waits";
import { trackWakeListeners, type WakeListenerTracker } from "../support/wake-listener-tracker";

const TOKEN = "tok_lifecycle_4b8d";
/** The client's code and what it drives synchronously: their timers are the client's. */
const CLIENT_CODE = ["/packages/core/", "/packages/react/", "reconnecting-websocket"];

let server: FakeUniLinkServer;
let timers: TimerTracker;
let wake: WakeListenerTracker;

beforeEach(async () => {
  // Before any client exists, so every timer it ever creates goes through the tracker.
  timers = trackTimers(CLIENT_CODE);
  wake = trackWakeListeners();
  server = await createFakeUniLinkServer();
  server.addAgent({ token: TOKEN, accountId: ACCOUNT_ID, userId: USER_ID });
});

afterEach(async () => {
  timers?.uninstall();
  wake?.uninstall();
  await server?.close();
});

function Capture({ onClient }: { onClient: (client: UniLinkClient) => void }) {
  onClient(useUniLinkClient());
  return null;
}

/** How long each cycle lives: unmounted at once, once the socket is up, or once subscribed. */
type Phase = "immediate" | "socket" | "subscribed";
const PHASES: Phase[] = ["immediate", "socket", "subscribed"];

async function mountCycle(phase: Phase): Promise<void> {
  let client: UniLinkClient | undefined;
  const sockets = server.connectionCount;
  const view = render(
    <StrictMode>
      <UniLinkProvider
        url={server.url}
        pubsubToken={TOKEN}
        accountId={ACCOUNT_ID}
        userId={USER_ID}
        WebSocket={NodeWebSocket}
      >
        <Capture
          onClient={(captured) => {
            client = captured;
          }}
        />
      </UniLinkProvider>
    </StrictMode>,
  );
  if (phase === "socket") await server.waitFor(() => server.connectionCount > sockets, 5_000);
  if (phase === "subscribed" && client) await waitForStatus(client, "connected");
  view.unmount();
}

test(
  `${LEAK_CYCLES} StrictMode mount/unmount cycles of <UniLinkProvider>: no socket, timer or listener left`,
  async () => {
    const started = performance.now();
    for (let cycle = 0; cycle < LEAK_CYCLES; cycle++) {
      await mountCycle(PHASES[cycle % PHASES.length] as Phase);
    }
    await server.waitFor(() => server.openSocketCount === 0, 15_000);
    await vi.waitFor(() => expect(timers.pending()).toEqual([]), { timeout: 15_000 });
    const elapsed = performance.now() - started;
    console.info(
      `lifecycle: ${LEAK_CYCLES} cycles in ${(elapsed / 1000).toFixed(1)} s, ${server.connectionCount} sockets opened, ${timers.created} client timers created, 0 pending`,
    );

    expect(server.openSocketCount).toBe(0);
    expect(wake.registered()).toEqual([]);
    // StrictMode's double mount must not double the sockets: at most one per cycle.
    expect(server.connectionCount).toBeLessThanOrEqual(LEAK_CYCLES);
    expect(server.subscribeCount).toBeLessThanOrEqual(server.connectionCount);
    // The tracker saw the client's timers at all (otherwise "0 pending" proves nothing).
    expect(timers.created).toBeGreaterThan(0);
  },
  timeoutFor(LEAK_CYCLES, 30),
);
