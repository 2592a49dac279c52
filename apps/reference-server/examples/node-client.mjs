#!/usr/bin/env node
// A plain Node client built on the published @unilink/core (its dist/) and `ws`.
//
//   node examples/node-client.mjs [URL] [TOKEN] [ACCOUNT_ID] [USER_ID]
//
// Or through the environment: URL, TOKEN, ACCOUNT_ID, USER_ID (omit both ids
// for a contact token), CONFIRM_TIMEOUT_MS (default 5000), EVENTS (exit after
// this many events, default 1), TIMEOUT_MS (give up, default 60000).
// Prints one JSON line per status change, event and error. Exit codes:
// 0 after EVENTS events, 2 when the token is refused, 1 on bad usage or timeout.
import { createUniLinkClient } from "@unilink/core";
import { WebSocket } from "ws";

const [argUrl, argToken, argAccount, argUser] = process.argv.slice(2);
const setting = (arg, name) => arg ?? process.env[name];
const optionalInt = (value) => (value === undefined || value === "" ? undefined : Number(value));

const url = setting(argUrl, "URL");
const token = setting(argToken, "TOKEN");
const accountId = optionalInt(setting(argAccount, "ACCOUNT_ID"));
const userId = optionalInt(setting(argUser, "USER_ID"));
const confirmTimeoutMs = optionalInt(process.env.CONFIRM_TIMEOUT_MS) ?? 5000;
const wanted = optionalInt(process.env.EVENTS) ?? 1;
const timeoutMs = optionalInt(process.env.TIMEOUT_MS) ?? 60000;

const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

if (!url || !token) {
  process.stderr.write("usage: node examples/node-client.mjs URL TOKEN [ACCOUNT_ID USER_ID]\n");
  process.exit(1);
}

const client = createUniLinkClient({
  url,
  pubsubToken: token,
  accountId,
  userId,
  WebSocket,
  confirmTimeoutMs,
  presenceIntervalMs: 0,
  // Errors arrive already redacted: the token never reaches this output.
  onError: (error) => print({ type: "error", code: error.code, message: error.message }),
});

const giveUp = setTimeout(() => finish(1, "timeout"), timeoutMs);

let finished = false;
function finish(code, reason) {
  if (finished) return;
  finished = true;
  clearTimeout(giveUp);
  // Next turn: the error reported together with a status change gets printed first.
  setImmediate(() => {
    client.destroy();
    print({ type: "exit", code, reason });
    process.exitCode = code;
  });
  // destroy() releases every socket and timer, so Node exits by itself; this
  // unref'd timer only bounds the wait should something still linger.
  setTimeout(() => process.exit(code), 1000).unref();
}

let received = 0;
client.onStatus((status, previous) => {
  print({ type: "status", status, previous });
  if (status === "unauthorized") finish(2, "unauthorized");
});
client.on("*", (event) => {
  print({ type: "event", event: event.event, data: event.data });
  received += 1;
  if (received >= wanted) finish(0, "received");
});
client.connect();
