import { createUniLinkClient, type UniLinkClient, type UniLinkState } from "@unilink/core";
import {
  ChatWidget,
  ConversationList,
  MessageList,
  NotificationBell,
  UniLinkProvider,
} from "@unilink/react";
import { InMemoryCableNetwork } from "@unilink/testing/browser";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { ACCOUNT_ID, buildXssData, ME_ID, THREAD_ID, TOKEN, WIDGET_ID } from "./build-data";
import { type MountResult, marker, type XssPayload } from "./scenario";

function until(client: UniLinkClient, done: (state: UniLinkState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done(client.store.getState())) return resolve();
    const stop = client.store.subscribe((state) => {
      if (!done(state)) return;
      stop();
      resolve();
    });
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The widget shows the newest 50 messages: press "earlier messages" as a reader would, until the start. */
async function revealWidgetHistory(app: HTMLElement): Promise<void> {
  for (let press = 0; press < 50; press++) {
    const button = app.querySelector<HTMLButtonElement>(
      '[data-xss-root="widget"] button.unilink-message-list__older',
    );
    if (!button) return;
    button.click();
    await nextFrame();
  }
  throw new Error("the widget kept offering earlier messages");
}

function Components({ client }: { client: UniLinkClient }) {
  return (
    <UniLinkProvider client={client}>
      <section data-xss-root="conversations">
        <ConversationList defaultStatus="all" filter={{ meUserId: ME_ID }} />
      </section>
      <section data-xss-root="thread">
        <MessageList conversationId={THREAD_ID} pageSize={100_000} markRead={false} />
      </section>
      <section data-xss-root="bell">
        <NotificationBell />
      </section>
      <section data-xss-root="widget">
        <ChatWidget conversationId={WIDGET_ID} defaultOpen />
      </section>
    </UniLinkProvider>
  );
}

/**
 * One agent client on an in-page fake server (no REST: the components'
 * loaders stay idle): the snapshot is hydrated, the client connects, the
 * live events are broadcast and stored, then the components render.
 * Client errors are kept on `window.__xssClientErrors` for the test.
 */
export async function mountComponents(
  app: HTMLElement,
  payloads: XssPayload[],
): Promise<MountResult> {
  const data = buildXssData(payloads);
  const network = new InMemoryCableNetwork({ pingIntervalMs: 60_000 });
  network.server.addAgent({ token: TOKEN, accountId: ACCOUNT_ID, userId: ME_ID });
  const errors: string[] = [];
  window.__xssClientErrors = errors;
  const client = createUniLinkClient({
    url: "https://unilink.test",
    pubsubToken: TOKEN,
    accountId: ACCOUNT_ID,
    userId: ME_ID,
    WebSocket: network.WebSocket,
    // The server pings once a minute; mounting 89 payloads' worth of components can take
    // longer than the default 6 s liveness window on a loaded machine.
    pingIntervalMs: 60_000,
    presenceIntervalMs: 0,
    onError: (error) => errors.push(`${error.code}: ${error.message}`),
  });
  client.hydrate({
    conversations: data.conversations,
    messages: data.messages,
    notifications: data.notifications,
    notificationCounts: { unreadCount: payloads.length, count: payloads.length },
  });
  client.connect();
  await until(client, (state) => state.status === "connected");
  for (const frame of data.live) network.server.broadcast(TOKEN, frame.event, frame.data);
  await until(
    client,
    (state) =>
      data.liveMessageIds.every((id) => state.messages[THREAD_ID]?.byId[String(id)]) &&
      data.liveNotificationIds.every((id) => state.notifications.byId[id]),
  );

  flushSync(() => createRoot(app).render(<Components client={client} />));
  await revealWidgetHistory(app);
  const all = (place: string) => payloads.map((p) => marker(place, p));
  return {
    markers: {
      conversations: [...all("n"), ...all("p")],
      thread: [...all("m"), ...all("l")],
      bell: [...all("t"), ...all("u")],
      widget: all("w"),
    },
  };
}
