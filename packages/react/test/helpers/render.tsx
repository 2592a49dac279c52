import { type RenderResult, render, screen, waitFor } from "@testing-library/react";
import type { UniLinkClientOptions } from "@unilink/core";
import type { FakeUniLinkServer } from "@unilink/testing";
import type { ReactNode } from "react";
import { expect } from "vitest";
import { UniLinkProvider, useConnectionStatus } from "../../src";
import { agentOptions } from "./fake-server";

/** Renders the connection status, for {@link waitForStatus}. */
export function StatusProbe() {
  return <output data-testid="status">{useConnectionStatus()}</output>;
}

/** Waits until the rendered status probe says `status`. */
export async function waitForStatus(status: string): Promise<void> {
  await waitFor(() => expect(screen.getByTestId("status").textContent).toBe(status));
}

/**
 * Renders `ui` inside a provider (as testing-library's `wrapper`, so
 * `rerender` keeps it) that owns an agent client for `server`, and resolves
 * once the subscription is confirmed, so broadcasts reach it.
 */
export async function renderConnected(
  server: FakeUniLinkServer,
  ui: ReactNode,
  overrides: Partial<UniLinkClientOptions> = {},
): Promise<RenderResult> {
  const options = agentOptions(server, overrides);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <UniLinkProvider {...options}>
      <StatusProbe />
      {children}
    </UniLinkProvider>
  );
  const result = render(ui, { wrapper });
  await waitForStatus("connected");
  return result;
}
