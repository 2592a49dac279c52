// Counts the @unilink/core modules one `message.updated` frame runs code in,
// from the socket's `message` event to the store update (V8 precise coverage:
// the modules with a function called while the frame is handled).
// Usage: pnpm --filter @unilink/core build && node scripts/event-path-files.mjs
import { Session } from "node:inspector/promises";
import { createUniLinkClient } from "@unilink/core";
import { createFactories } from "@unilink/testing";

class PathSocket extends EventTarget {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
  readyState = 0;
  protocol = "";
  sent = [];
  constructor(url) {
    super();
    this.url = url;
    sockets.push(this);
  }
  send(text) {
    this.sent.push(text);
  }
  close() {
    this.readyState = 3;
  }
  deliver(data) {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
}
const sockets = [];
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(condition) {
  for (let i = 0; i < 1000 && !condition(); i++) await tick();
  if (!condition()) throw new Error("timed out");
}

const client = createUniLinkClient({
  url: "ws://127.0.0.1/cable",
  pubsubToken: "t",
  accountId: 1,
  userId: 1,
  WebSocket: PathSocket,
  presenceIntervalMs: 0,
});
client.connect();
await until(() => sockets.length > 0);
const socket = sockets[0];
socket.readyState = 1;
socket.protocol = "actioncable-v1-json";
socket.dispatchEvent(new Event("open"));
socket.deliver(JSON.stringify({ type: "welcome" }));
await until(() => socket.sent.some((command) => command.includes('"subscribe"')));
const subscribed = JSON.parse(
  socket.sent.find((command) => command.includes('"subscribe"')),
).identifier;
socket.deliver(JSON.stringify({ identifier: subscribed, type: "confirm_subscription" }));
await until(() => client.status === "connected");

const factories = createFactories(3, { accountId: 1 });
const conversation = factories.conversation();
const message = factories.message({}, { conversation });
const frame = (event, data) => JSON.stringify({ identifier: subscribed, message: { event, data } });
socket.deliver(frame("conversation.created", conversation));
socket.deliver(frame("message.created", message));
await until(() => client.store.getState().messages[conversation.id] !== undefined);
await tick();

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
await session.post("Profiler.takePreciseCoverage");
const updated = { ...message, content: "edited" };
const before = client.store.getState();
socket.deliver(frame("message.updated", updated));
await until(() => client.store.getState() !== before);
const { result } = await session.post("Profiler.takePreciseCoverage");
const files = result
  .filter((script) => script.url.includes("/packages/core/dist/"))
  .filter((script) => script.functions.some((fn) => fn.ranges[0].count > 0))
  .map((script) => script.url.replace(/^.*\/packages\/core\/dist\//, ""))
  .sort();
console.log(files.join("\n"));
console.log(`${files.length} @unilink/core modules run for one message.updated frame`);
client.destroy();
