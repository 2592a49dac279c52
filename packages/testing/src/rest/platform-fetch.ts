import type { FakeRestApi } from "./fake-rest-api";
import { type FormDataLike, formToObject } from "./form-body";
import type { RestRequest } from "./types";

/** A `fetch` served in-process by a {@link FakeRestApi}. */
export type PlatformFetch = (input: string | URL, init?: RequestInit) => Promise<Response>;

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

function bodyOf(body: RequestInit["body"]): unknown {
  if (body === undefined || body === null || body === "") return undefined;
  if (typeof body === "string") return JSON.parse(body);
  if (typeof (body as Partial<FormDataLike>).forEach === "function") {
    return formToObject(body as unknown as FormDataLike);
  }
  return undefined;
}

/**
 * A `fetch` that answers from the fake platform without any network: for
 * browsers, Storybook and unit tests. Pass it as the REST clients' `fetch`
 * option. A dropped request rejects like a network failure.
 *
 * @example
 * const api = createAgentApi({ baseUrl: "http://fake", accessToken, accountId: 1, fetch: createPlatformFetch(rest) });
 */
export function createPlatformFetch(rest: FakeRestApi): PlatformFetch {
  return async (input, init) => {
    if (init?.signal?.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    const url = new URL(String(input), "http://platform.invalid");
    const query: Record<string, string> = {};
    for (const [key, value] of url.searchParams) query[key] ??= value;
    let body: unknown;
    try {
      body = bodyOf(init?.body);
    } catch {
      return Response.json({ error: "invalid JSON" }, { status: 400 });
    }
    const request: RestRequest = {
      method: (init?.method ?? "GET").toUpperCase(),
      path: url.pathname,
      query,
      headers: headersOf(init),
      body,
    };
    if (!rest.serves(request.path)) return Response.json({ error: "not found" }, { status: 404 });
    const response = await rest.handle(request);
    if (response.drop) throw new TypeError("Failed to fetch");
    if (response.body === undefined) return new Response(null, { status: response.status });
    return Response.json(response.body, { status: response.status });
  };
}
