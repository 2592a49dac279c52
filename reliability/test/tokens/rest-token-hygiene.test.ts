import { createAgentApi, type UniLinkError } from "@unilink/core";
import {
  createFakeUniLinkServer,
  type FakeUniLinkServer,
  type HttpHandler,
} from "@unilink/testing";
import { afterEach, beforeEach, expect, test } from "vitest";
import { captureConsole, secretFragments, serializeError } from "../support/secret-scan";

const ACCESS_TOKEN = "api_SECRET_xyz987";
const WRONG_ACCESS_TOKEN = "api_WRONGTOK_qrs654";
const AGENT_PUBSUB_TOKEN = "tok_AGENTPUB_mno321";
const SECRETS = [ACCESS_TOKEN, WRONG_ACCESS_TOKEN, AGENT_PUBSUB_TOKEN];

let server: FakeUniLinkServer | undefined;
let console$: ReturnType<typeof captureConsole>;

beforeEach(() => {
  console$ = captureConsole();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  console$.restore();
});

/** The rejection of `promise` (a REST call that must fail). */
async function rejection(promise: Promise<unknown>): Promise<UniLinkError> {
  try {
    await promise;
  } catch (error) {
    return error as UniLinkError;
  }
  throw new Error("the call succeeded; it was expected to fail");
}

function leaks(errors: readonly unknown[]): string[] {
  return secretFragments([...errors.map(serializeError), console$.output()].join("\n"), SECRETS);
}

test("REST: a refused access token (401) rejects without the token", async () => {
  const platformServer = await createFakeUniLinkServer({ platform: true });
  server = platformServer;
  const agent = platformServer.platform.createAgent({
    accessToken: ACCESS_TOKEN,
    pubsubToken: AGENT_PUBSUB_TOKEN,
  });
  const api = createAgentApi({
    baseUrl: platformServer.httpUrl,
    accessToken: WRONG_ACCESS_TOKEN,
    accountId: agent.accountId,
  });
  const error = await rejection(api.profile());

  expect([error.code, error.details.status]).toEqual(["http", 401]);
  expect(leaks([error])).toEqual([]);
});

test("REST: error bodies and dropped requests after sign-in never expose the access or pubsub token", async () => {
  const platformServer = await createFakeUniLinkServer({ platform: true });
  server = platformServer;
  const agent = platformServer.platform.createAgent({
    accessToken: ACCESS_TOKEN,
    pubsubToken: AGENT_PUBSUB_TOKEN,
  });
  const api = createAgentApi({
    baseUrl: platformServer.httpUrl,
    accessToken: ACCESS_TOKEN,
    accountId: agent.accountId,
  });
  expect((await api.profile()).pubsub_token).toBe(AGENT_PUBSUB_TOKEN);

  // A server that echoes what it got (a debug page, a proxy) in a JSON error body.
  platformServer.rest.failNext({
    status: 500,
    body: {
      error: "boom",
      request: { api_access_token: ACCESS_TOKEN, pubsub: AGENT_PUBSUB_TOKEN },
    },
  });
  const echoed = await rejection(api.listConversations());
  platformServer.rest.failNext({ drop: true });
  const dropped = await rejection(api.getConversation(1));

  expect([echoed.code, dropped.code]).toEqual(["http", "network"]);
  expect(leaks([echoed, dropped])).toEqual([]);
});

test("REST: an HTML error page quoting the access token is cut without exposing a piece of it", async () => {
  // Status 500 with the request headers printed at a growing offset, as a framework debug page would.
  let pad = 440;
  const debugPage: HttpHandler = (req, res) => {
    const quoted = `api_access_token: ${String(req.headers.api_access_token)}`;
    res
      .writeHead(500, { "Content-Type": "text/html" })
      .end(`<pre>${"x".repeat(pad++)}${quoted}</pre>`);
  };
  server = await createFakeUniLinkServer({ handleHttp: debugPage });
  const api = createAgentApi({ baseUrl: server.httpUrl, accessToken: ACCESS_TOKEN, accountId: 1 });
  const errors: UniLinkError[] = [];
  // The body excerpt keeps 500 characters: the token crosses that limit somewhere in here.
  while (pad <= 500) errors.push(await rejection(api.profile()));

  expect(errors.every((error) => error.code === "http")).toBe(true);
  expect(leaks(errors)).toEqual([]);
});
