// A CommonJS consumer of the packed tarballs (bench/.packed, from
// scripts/check-packages.mjs): every package loads with require(), and a
// client built with `ws`'s WebSocket (no cast needed in TypeScript) starts
// idle. Exits non-zero on any failure.
const assert = require("node:assert/strict");
const { join } = require("node:path");

const packed = (name) => join(__dirname, "../.packed/node_modules/@unilink", name);
const core = require(packed("core"));
const react = require(packed("react"));
const testing = require(packed("testing"));
const browser = require(join(packed("testing"), "browser"));
const devtools = require(join(packed("react"), "devtools"));

assert.equal(typeof core.createUniLinkClient, "function");
assert.equal(typeof core.createAgentApi, "function");
assert.equal(typeof react.UniLinkProvider, "function");
assert.equal(typeof react.useMessages, "function");
assert.equal(typeof devtools.UniLinkDevtools, "function");
assert.equal(typeof devtools.replayRecording, "function");
assert.equal(typeof testing.createFakeUniLinkServer, "function");
assert.equal(typeof browser.createFactories, "function");

const client = core.createUniLinkClient({
  url: "ws://127.0.0.1:9/cable",
  pubsubToken: "token",
  WebSocket: require("ws").WebSocket,
});
assert.equal(client.status, "idle");
client.destroy();
console.log(
  "require-smoke: @unilink/core, react, react/devtools, testing and testing/browser load with require()",
);
