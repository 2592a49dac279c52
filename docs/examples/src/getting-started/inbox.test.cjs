// inbox.test.cjs: a Jest test in CommonJS (jsdom, no transform). The client is never
// connected; the test fills its store the way a server-rendered page would.
const { createElement: h } = require("react");
const { act, render, screen } = require("@testing-library/react");
const { expect, test } = require("@jest/globals");
const { createUniLinkClient } = require("@unilink/core");
const { UniLinkProvider, useConversations } = require("@unilink/react");
const { buildConversation } = require("@unilink/testing/browser");

function OpenCount() {
  return h("p", null, `${useConversations({ status: "open" }).length} open`);
}

test("counts the open conversations", () => {
  const client = createUniLinkClient({ url: "wss://chat.example.com/cable", pubsubToken: "t" });
  render(h(UniLinkProvider, { client }, h(OpenCount)));
  expect(screen.getByText("0 open")).toBeTruthy();
  act(() => client.hydrate({ conversations: [buildConversation({ status: "open" })] }));
  expect(screen.getByText("1 open")).toBeTruthy();
  client.destroy();
});
