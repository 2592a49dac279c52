/** A REST request as any transport hands it over (node http, an in-browser fetch). */
export interface RestRequest {
  /** Upper case. */
  method: string;
  /** Path without query, e.g. `/api/v1/profile`. */
  path: string;
  /** Query parameters (first value of each). */
  query: Record<string, string>;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /**
   * Parsed JSON body; a multipart body arrives as a plain object whose
   * files are `{name, type, size}` (`attachments[]` becomes `attachments`).
   */
  body: unknown;
}

/** What the REST layer answers. */
export interface RestResponse {
  status: number;
  /** JSON body; `undefined` for an empty body. */
  body?: unknown;
  /** Drop the connection without answering (the client sees a network error). */
  drop?: boolean;
}

/** A request as logged for assertions (no headers: they carry tokens). */
export interface RestRequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/**
 * Wraps request handling: inspect, delay, fail or drop requests. Call
 * `next()` to let the platform handle it (or don't, to answer yourself).
 */
export type RestMiddleware = (
  request: RestRequest,
  next: () => Promise<RestResponse>,
) => RestResponse | Promise<RestResponse>;

/** A fault injected by `failNext`. */
export interface RestFault {
  /** Only this method. Default: any. */
  method?: string;
  /** Only paths equal to this string or matching this pattern. Default: any REST path. */
  path?: string | RegExp;
  /** Answer with this status. Default 500. */
  status?: number;
  /** Answer with this body. Default `{error: "injected fault"}`. */
  body?: unknown;
  /** Let the platform handle the request first, then fail the answer (the change happened). */
  afterHandling?: boolean;
  /** Drop the connection instead of answering. */
  drop?: boolean;
  /** How many matching requests fail. Default 1. */
  times?: number;
}

/** A file in a multipart body. */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
}
