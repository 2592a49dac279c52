// A CommonJS Jest test of an app using the packed packages: require() only,
// no JSX and no transform, rendered with @testing-library/react in jsdom and
// connected through jsdom's own WebSocket to the fake platform that
// release-check runs (its address and token come in the environment; it
// broadcasts one conversation once this client has subscribed).
const { createElement: h } = require("react");
const { render, screen } = require("@testing-library/react");
const { createUniLinkClient } = require("@unilink/core");
const {
  ConnectionBanner,
  UniLinkProvider,
  useConnectionStatus,
  useConversations,
} = require("@unilink/react");

function Inbox() {
  const status = useConnectionStatus();
  const open = useConversations({ status: "open" });
  return h(
    "main",
    null,
    h(ConnectionBanner),
    h("p", null, `status: ${status}, open conversations: ${open.length}`),
    h(
      "ul",
      null,
      open.map((conversation) => h("li", { key: conversation.id }, `#${conversation.id}`)),
    ),
  );
}

const WAIT = { timeout: 15_000 };

test("the hooks render the live conversation the platform broadcasts", async () => {
  const client = createUniLinkClient({
    url: process.env.UNILINK_URL,
    pubsubToken: process.env.UNILINK_TOKEN,
    accountId: 1,
    userId: 1,
  });
  try {
    render(h(UniLinkProvider, { client, connect: true }, h(Inbox)));
    await screen.findByText("status: connected, open conversations: 0", {}, WAIT);
    await screen.findByText("status: connected, open conversations: 1", {}, WAIT);
    expect(screen.getByRole("listitem").textContent).toBe(`#${process.env.UNILINK_CONVERSATION}`);
  } finally {
    client.destroy();
  }
}, 30_000);
