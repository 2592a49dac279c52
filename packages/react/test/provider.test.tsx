import { act, render, waitFor } from "@testing-library/react";
import { createUniLinkClient, type UniLinkClient } from "@unilink/core";
import { describe, expect, test, vi } from "vitest";
import { UniLinkProvider } from "../src";
import { AGENT, agentOptions, startServer } from "./helpers/fake-server";
import { CaptureClient as Capture } from "./helpers/probes";
import { StatusProbe as Status, waitForStatus } from "./helpers/render";

describe("UniLinkProvider with client options", () => {
  test("creates one client, connects it, and keeps it across re-renders", async () => {
    const server = await startServer();
    const seen = new Set<UniLinkClient>();
    const tree = (label: string) => (
      <UniLinkProvider {...agentOptions(server)}>
        <Status />
        <Capture onClient={(client) => seen.add(client)} />
        <span>{label}</span>
      </UniLinkProvider>
    );
    const { rerender } = render(tree("first"));
    await waitForStatus("connected");
    rerender(tree("second"));
    expect(seen.size).toBe(1);
    expect(server.connectionCount).toBe(1);
    expect(server.subscriptionCount).toBe(1);
  });

  test("unmount destroys the owned client: socket closed, status disconnected", async () => {
    const server = await startServer();
    let client: UniLinkClient | undefined;
    const { unmount } = render(
      <UniLinkProvider {...agentOptions(server)}>
        <Status />
        <Capture onClient={(c) => (client = c)} />
      </UniLinkProvider>,
    );
    await waitForStatus("connected");
    const destroy = vi.spyOn(client as UniLinkClient, "destroy");
    unmount();
    await waitFor(() => expect(server.openSocketCount).toBe(0));
    expect(destroy).toHaveBeenCalledTimes(1);
    expect(client?.status).toBe("disconnected");
  });

  test("a new pubsubToken resubscribes once on the same socket", async () => {
    const server = await startServer();
    server.addAgent({ token: "rotated-token", accountId: AGENT.accountId, userId: AGENT.userId });
    const tree = (token: string) => (
      <UniLinkProvider {...agentOptions(server, { pubsubToken: token })}>
        <Status />
      </UniLinkProvider>
    );
    const { rerender } = render(tree(AGENT.token));
    await waitForStatus("connected");
    expect(server.subscribeCount).toBe(1);

    rerender(tree("rotated-token"));
    await waitFor(() =>
      expect(server.subscriptions.map((s) => JSON.parse(s.identifier).pubsub_token)).toEqual([
        "rotated-token",
      ]),
    );
    await waitForStatus("connected");
    rerender(tree("rotated-token"));
    expect(server.subscribeCount).toBe(2);
    expect(server.connectionCount).toBe(1);
  });

  test("the latest onError prop receives errors without rebuilding the client", async () => {
    const server = await startServer();
    const first = vi.fn();
    const second = vi.fn();
    const tree = (onError: () => void) => (
      <UniLinkProvider {...agentOptions(server, { onError })}>
        <Status />
      </UniLinkProvider>
    );
    const { rerender } = render(tree(first));
    await waitForStatus("connected");
    rerender(tree(second));
    server.sendRaw("this is not json");
    await waitFor(() => expect(second).toHaveBeenCalled());
    expect(first).not.toHaveBeenCalled();
    expect(server.connectionCount).toBe(1);
  });
});

describe("UniLinkProvider with an existing client", () => {
  test("does not connect it unless `connect` is set, and never destroys it", async () => {
    const server = await startServer();
    const client = createUniLinkClient(agentOptions(server));
    const destroy = vi.spyOn(client, "destroy");
    const disconnect = vi.spyOn(client, "disconnect");
    const { unmount } = render(
      <UniLinkProvider client={client}>
        <Status />
      </UniLinkProvider>,
    );
    await act(async () => {});
    expect(client.status).toBe("idle");
    expect(server.connectionCount).toBe(0);
    unmount();
    await act(async () => {});
    expect(destroy).not.toHaveBeenCalled();
    expect(disconnect).not.toHaveBeenCalled();
    client.destroy();
  });

  test("`connect` connects it; unmount leaves it connected for the app to close", async () => {
    const server = await startServer();
    const client = createUniLinkClient(agentOptions(server));
    const { unmount } = render(
      <UniLinkProvider client={client} connect>
        <Status />
      </UniLinkProvider>,
    );
    await waitForStatus("connected");
    unmount();
    await act(async () => {});
    expect(client.status).toBe("connected");
    expect(server.openSocketCount).toBe(1);
    client.destroy();
    await waitFor(() => expect(server.openSocketCount).toBe(0));
  });

  test("hooks read the shared client's store", async () => {
    const server = await startServer();
    const client = createUniLinkClient(agentOptions(server));
    let captured: UniLinkClient | undefined;
    render(
      <UniLinkProvider client={client}>
        <Capture onClient={(c) => (captured = c)} />
      </UniLinkProvider>,
    );
    expect(captured).toBe(client);
    client.destroy();
  });
});
