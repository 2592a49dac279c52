import { describe, expectTypeOf, it } from "vitest";
import { WebSocket as NodeWebSocket } from "ws";
import type { WebSocketConstructor } from "../src";

describe("WebSocketConstructor", () => {
  it("accepts the browser's WebSocket and ws's WebSocket without a cast", () => {
    expectTypeOf(globalThis.WebSocket).toExtend<WebSocketConstructor>();
    expectTypeOf(NodeWebSocket).toExtend<WebSocketConstructor>();
  });
});
