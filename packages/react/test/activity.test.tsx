import { render, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import type { ReactNode } from "react";
import * as React from "react";
import { expect, test } from "vitest";
import { UniLinkProvider } from "../src";
import { agentOptions, send, startServer } from "./helpers/fake-server";
import { ConversationTotal } from "./helpers/probes";
import { StatusProbe, waitForStatus } from "./helpers/render";

// <Activity> exists from React 19.2; the React 18 run has nothing to hide a subtree with.
const { Activity } = React as unknown as {
  Activity?: (props: { mode: "visible" | "hidden"; children: ReactNode }) => ReactNode;
};

test("a provider hidden by <Activity> closes its socket and reconnects when shown again", async () => {
  if (!Activity) {
    expect(process.env.UNILINK_EXPECTED_REACT_MAJOR).toBe("18");
    return;
  }
  const server = await startServer();
  const tree = (mode: "visible" | "hidden") => (
    <Activity mode={mode}>
      <UniLinkProvider {...agentOptions(server)}>
        <StatusProbe />
        <ConversationTotal />
      </UniLinkProvider>
    </Activity>
  );
  const { rerender, getByTestId } = render(tree("visible"));
  await waitForStatus("connected");

  rerender(tree("hidden"));
  await waitFor(() => expect(server.openSocketCount).toBe(0));

  rerender(tree("visible"));
  await waitFor(() => expect(server.subscriptionCount).toBe(1));
  await waitForStatus("connected");
  expect(server.connectionCount).toBe(2);
  send(server, events.conversationCreated(createFactories(91).conversation()));
  await waitFor(() => expect(getByTestId("total").textContent).toBe("1"));
});
