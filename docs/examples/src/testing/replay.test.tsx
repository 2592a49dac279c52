import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render, screen } from "@testing-library/react";
import { createUniLinkClient, type UniLinkClient } from "@unilink/core";
import { UniLinkProvider } from "@unilink/react";
import { parseRecording, replayRecording } from "@unilink/react/devtools";
import { afterEach, expect, it } from "vitest";
import { Thread } from "../hooks/Thread";

let client: UniLinkClient | undefined;

afterEach(() => {
  cleanup();
  client?.destroy();
});

it("replays a user's recording: the reply that arrived twice shows once", async () => {
  // The file a user exported from <UniLinkDevtools> (Export button) and attached to a bug.
  const recording = parseRecording(
    readFileSync(join(import.meta.dirname, "fixtures/bug-report.json"), "utf8"),
  );
  // A client that never connects: the recording is its only input.
  const replayed = createUniLinkClient({
    url: "https://unilink.test",
    pubsubToken: "unused",
    accountId: 1,
  });
  client = replayed;
  const result = replayRecording(recording, replayed);
  expect(result).toMatchObject({ applied: 4, errors: [] }); // status changes are skipped

  render(
    <UniLinkProvider client={replayed}>
      <Thread conversationId={12} />
    </UniLinkProvider>,
  );
  expect(screen.getByText("My order #1042 never arrived")).toBeTruthy();
  expect(screen.getAllByText("Sorry! Checking with the courier now.")).toHaveLength(1);
});
