/** The dev server's `GET /__dev/config`. */
export interface DevConfig {
  url: string;
  cableUrl: string;
  accountId: number;
  agent: { userId: number; name: string; accessToken: string; pubsubToken: string };
  /** Every agent of the account. */
  agents: { id: number; name: string; availability: string }[];
  inboxIdentifier: string;
  trafficRate: number;
}

/** JSON request helper; throws on a non-2xx answer. */
export async function request<T = unknown>(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await fetch(url, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const devConfigOf = (url: string) => request<DevConfig>(`${url}/__dev/config`);

/** A contact session created through the public API, as the widget creates it. */
export interface ContactSession {
  id: number;
  source_id: string;
  pubsub_token: string;
}

/** The public Client API of one inbox. */
export function contactApi(config: DevConfig) {
  const base = `${config.url}/public/api/v1/inboxes/${config.inboxIdentifier}/contacts`;
  return {
    create: (name: string) => request<ContactSession>(base, { body: { name } }),
    conversations: (sourceId: string) =>
      request<{ id: number }[]>(`${base}/${sourceId}/conversations`),
    createConversation: (sourceId: string) =>
      request<{ id: number }>(`${base}/${sourceId}/conversations`, { body: {} }),
    send: (sourceId: string, conversationId: number, content: string) =>
      request(`${base}/${sourceId}/conversations/${conversationId}/messages`, {
        body: { content },
      }),
    messages: (sourceId: string, conversationId: number) =>
      request<{ content: string }[]>(
        `${base}/${sourceId}/conversations/${conversationId}/messages`,
      ),
  };
}

/** The Application API as the dev server's agent. */
export function agentApi(config: DevConfig) {
  const account = `${config.url}/api/v1/accounts/${config.accountId}`;
  const headers = { api_access_token: config.agent.accessToken };
  return {
    send: (conversationId: number, content: string, isPrivate = false) =>
      request<{ id: number }>(`${account}/conversations/${conversationId}/messages`, {
        body: { content, private: isPrivate },
        headers,
      }),
    messages: (conversationId: number) =>
      request<{ payload: { content: string; private: boolean }[] }>(
        `${account}/conversations/${conversationId}/messages`,
        { headers },
      ),
    conversations: (query = "") =>
      request<{ data: { meta: Record<string, number>; payload: { id: number }[] } }>(
        `${account}/conversations${query}`,
        { headers },
      ),
  };
}
