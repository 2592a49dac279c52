import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createUniLinkClient } from "@unilink/core";
import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import { UniLinkProvider } from "../../src";
import {
  ChatWidget,
  ConnectionBanner,
  ConversationList,
  MessageComposer,
  MessageList,
  NotificationBell,
  TypingIndicator,
} from "../../src/components";
import { UniLinkDevtools } from "../../src/devtools";
import { minifyCss, STYLES_SOURCE } from "../../vite.styles";

const css = readFileSync(STYLES_SOURCE, "utf8");

// The budget is what apps download: the minified file the package ships. The
// commented source (6.1 kB gzip with this session's components) is not shipped.
test("the shipped stylesheet stays under 6 kB gzip", () => {
  expect(gzipSync(minifyCss(css)).length).toBeLessThan(6 * 1024);
});

test("every --unilink-* variable used is defined, in light and dark", () => {
  const used = new Set([...css.matchAll(/var\((--unilink-[\w-]+)/g)].map((m) => m[1]));
  const runtime = [
    "--unilink-vl-total",
    "--unilink-vl-offset",
    "--unilink-vl-row",
    "--unilink-label-color",
  ];
  const light = css.slice(0, css.indexOf(':where([data-unilink-theme="dark"])'));
  for (const name of used) {
    if (runtime.includes(name as string)) continue;
    expect(light, name).toContain(`${name}:`);
  }
  const colors = [...light.matchAll(/(--unilink-color-[\w-]+):/g)].map((m) => m[1]);
  const dark = css.slice(css.indexOf(':where([data-unilink-theme="dark"])'), css.indexOf("@media"));
  for (const name of colors) expect(dark, name).toContain(`${name}:`);
});

test("layout uses logical properties only, so RTL mirrors it", () => {
  expect(css).not.toMatch(/(margin|padding|border)-(left|right)\b/);
  expect(css).not.toMatch(/[\s;{](left|right)\s*:/);
  expect(css).not.toMatch(/text-align:\s*(left|right)/);
  expect(css).not.toMatch(/float:/);
});

test("the minifier keeps descendant pseudo-class selectors intact", () => {
  expect(minifyCss(".a :focus-visible { color: red; }")).toBe(".a :focus-visible{color:red}");
});

test("server-rendered components carry no inline style attribute (CSP without unsafe-inline)", () => {
  const client = createUniLinkClient({
    url: "https://unilink.test",
    pubsubToken: "t",
    accountId: 1,
    userId: 7,
  });
  client.hydrate({
    conversations: [
      { id: 1, status: "open", last_activity_at: 1, meta: { sender: { id: 1, name: "Ana" } } },
    ],
    messages: [
      { conversationId: 1, messages: [{ id: 1, created_at: 1, content: "hi", message_type: 0 }] },
    ],
  });
  const html = renderToString(
    <UniLinkProvider client={client}>
      <ConversationList />
      <MessageList conversationId={1} />
      <TypingIndicator conversationId={1} />
      <MessageComposer conversationId={1} allowPrivate />
      <ConnectionBanner />
      <NotificationBell />
      <ChatWidget conversationId={1} defaultOpen />
      <UniLinkDevtools defaultOpen />
    </UniLinkProvider>,
  );
  expect(html).toContain("unilink-conversation-list");
  expect(html).toContain("hi");
  expect(html).not.toMatch(/\sstyle=/);
  client.destroy();
});
