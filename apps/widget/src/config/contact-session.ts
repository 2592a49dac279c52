import { type ContactApi, type ContactSession, createContactApi } from "@unilink/core";
import { serverUrl } from "./server-url";

/** A visitor's chat session: the public API client and the contact it created. */
export interface VisitorSession {
  url: string;
  api: ContactApi;
  /** `source_id` addresses the contact; `pubsub_token` is its socket token. */
  contact: ContactSession;
}

async function inboxIdentifier(url: string): Promise<string> {
  const fromPage = new URLSearchParams(window.location.search).get("inbox");
  if (fromPage) return fromPage;
  if (import.meta.env.VITE_UNILINK_INBOX) return import.meta.env.VITE_UNILINK_INBOX;
  const response = await fetch(`${url}/__dev/config`);
  if (!response.ok) throw new Error(`${url}/__dev/config answered ${response.status}`);
  return ((await response.json()) as { inboxIdentifier: string }).inboxIdentifier;
}

function storageKey(url: string, inbox: string): string {
  return `unilink-widget:${url}:${inbox}`;
}

/**
 * The visitor's contact: the one this browser created before (its
 * `source_id` is kept in localStorage), else a new one from
 * `POST /public/api/v1/inboxes/{inbox}/contacts`, whose answer carries the
 * socket token. `?name=` on the page names the visitor.
 */
export async function loadVisitorSession(): Promise<VisitorSession> {
  const url = serverUrl();
  const inbox = await inboxIdentifier(url);
  const api = createContactApi({ baseUrl: url, inboxIdentifier: inbox });
  const key = storageKey(url, inbox);
  const known = window.localStorage.getItem(key);
  // A stored contact may be gone (the dev server started from a fresh seed): then start over.
  const contact = (known && (await api.getContact(known).catch(() => undefined))) || undefined;
  if (contact) return { url, api, contact };
  const name = new URLSearchParams(window.location.search).get("name") ?? undefined;
  const created = await api.createContact(name ? { name } : {});
  window.localStorage.setItem(key, created.source_id);
  return { url, api, contact: created };
}
