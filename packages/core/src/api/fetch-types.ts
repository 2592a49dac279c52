/** The request options the REST clients pass to `fetch`. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string | FormData;
  signal?: AbortSignal;
}

/** The part of a `fetch` Response the REST clients read. */
export interface FetchResponseLike {
  readonly status: number;
  /** The body as text (parsed as JSON by the client when it is JSON). */
  text(): Promise<string>;
}

/**
 * A `fetch` implementation: the platform's (default, looked up when a
 * request is made), React Native's, or a test double.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;
