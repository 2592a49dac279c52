import { createContactApi, createUniLinkClient, type UniLinkClient } from "@unilink/core";

/** The part of React Native's `AppState` this module uses. */
export interface AppStateLike {
  addEventListener(
    type: "change",
    listener: (state: "active" | "background" | "inactive" | (string & {})) => void,
  ): { remove(): void };
}

/**
 * A customer-side client for a React Native app. React Native has a global
 * `WebSocket` and `fetch`, so no transport option is needed. iOS suspends
 * sockets in the background: disconnect there, reconnect when active (the
 * client then resyncs what it missed).
 */
export async function startSupportChat(
  appState: AppStateLike,
): Promise<{ client: UniLinkClient; stop(): void }> {
  const api = createContactApi({
    baseUrl: "https://chat.example.com",
    inboxIdentifier: "your-website-inbox-identifier",
  });
  const session = await api.createContact({ name: "Jane from the app" });

  const client = createUniLinkClient({
    url: "https://chat.example.com",
    pubsubToken: session.pubsub_token,
    api,
    contactSourceId: session.source_id,
    presenceIntervalMs: 60_000, // the official widget pings every 60 s
  });
  client.connect();

  const subscription = appState.addEventListener("change", (state) => {
    if (state === "active") client.connect();
    else if (state === "background") client.disconnect();
  });
  return {
    client,
    stop() {
      subscription.remove();
      client.destroy();
    },
  };
}
