import { redact, UniLinkError } from "../errors";
import { summarizeIssues } from "../schema/issues";
import { type Check, validate } from "../schema/validate";
import type { FetchInit, FetchLike, FetchResponseLike } from "./fetch-types";
import { AbortedError, platformXhr, sendWithXhr, type XhrConstructor } from "./xhr-upload";

/** Options shared by both REST clients. */
export interface HttpOptions {
  /** Installation origin, e.g. `https://chat.example.com` (a path prefix is kept). */
  baseUrl: string;
  /** `fetch` to use; default `globalThis.fetch`, looked up at request time. */
  fetch?: FetchLike;
  /** Abort a request that has not answered after this long. Default 30000; 0 disables. */
  timeoutMs?: number;
  /**
   * `XMLHttpRequest` for uploads with progress; default the platform's
   * (looked up when a request is made) unless `fetch` was given. Without
   * one, uploads go through `fetch` and report their progress once, at the end.
   */
  XMLHttpRequest?: XhrConstructor;
}

/** Progress and cancellation of a request with files. */
export interface UploadOptions {
  /** Bytes of the body sent so far, of `total`. */
  onProgress?: (loaded: number, total: number) => void;
  /** Aborting it fails the request with a `cancelled` error. */
  signal?: AbortSignal;
}

/** Query values; `undefined`/`null` are left out. */
export type QueryValues = Record<string, string | number | boolean | undefined | null>;

/** One request of a REST client. */
export interface HttpRequest<T> {
  method: "GET" | "POST" | "PATCH";
  path: string;
  query?: QueryValues;
  body?: Record<string, unknown> | FormData;
  headers?: Record<string, string>;
  /** Validates the JSON answer; omit for calls whose answer is ignored. */
  validate?: Check<T>;
  /** Reshapes the raw JSON before validation (e.g. adds a missing `conversation_id`). */
  prepare?: (json: unknown) => unknown;
  /** For a multipart body: progress and cancellation (ignored for other bodies). */
  upload?: UploadOptions;
}

/** Sends requests and turns every failure into a {@link UniLinkError}. */
export type HttpClient = <T = void>(request: HttpRequest<T>) => Promise<T>;

const MAX_BODY_EXCERPT = 500;

function buildUrl(baseUrl: string, path: string, query: QueryValues | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const search = params.toString();
  return `${baseUrl.replace(/\/+$/, "")}${path}${search ? `?${search}` : ""}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Bytes of a multipart body's files and fields (what an upload's progress counts). */
function bodySize(body: FetchInit["body"]): number {
  if (!(typeof FormData === "function" && body instanceof FormData)) return 0;
  let size = 0;
  body.forEach((value) => {
    size += typeof value === "string" ? value.length : value.size;
  });
  return size;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function resolveFetch(option: FetchLike | undefined): FetchLike | undefined {
  if (option) return option;
  const global = (globalThis as { fetch?: unknown }).fetch;
  return typeof global === "function"
    ? (url, init) => (globalThis as unknown as { fetch: FetchLike }).fetch(url, init)
    : undefined;
}

/**
 * Creates the transport of a REST client: JSON in and out, a timeout, and
 * typed errors: `network` (no answer), `http` (non-2xx; `details.status`,
 * redacted `details.body`), `validation` (an answer of the wrong shape).
 */
export function createHttpClient(options: HttpOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function send(
    url: string,
    init: FetchInit,
    label: string,
    upload: UploadOptions | undefined,
  ): Promise<FetchResponseLike> {
    const fetchImpl = resolveFetch(options.fetch);
    // An app that gave its own fetch (auth wrapper, in-page platform) keeps it unless it also gave an XHR.
    const Xhr = upload
      ? (options.XMLHttpRequest ?? (options.fetch ? undefined : platformXhr()))
      : undefined;
    if (!fetchImpl && !Xhr) {
      throw new UniLinkError("network", "No fetch implementation: pass options.fetch");
    }
    const controller = typeof AbortController === "function" ? new AbortController() : undefined;
    let timedOut = false;
    // Uploads may take long on slow links: the timeout is for requests without files.
    const timer =
      controller && timeoutMs > 0 && !upload
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const cancel = () => controller?.abort();
    upload?.signal?.addEventListener("abort", cancel);
    const signalled = controller ? { ...init, signal: controller.signal } : init;
    try {
      if (upload?.signal?.aborted) throw new AbortedError();
      if (Xhr) {
        const onProgress = upload?.onProgress ?? (() => undefined);
        return await sendWithXhr(
          Xhr,
          url,
          { ...signalled, body: init.body as FormData },
          onProgress,
        );
      }
      const response = await (fetchImpl as FetchLike)(url, signalled);
      if (upload?.onProgress) {
        const total = bodySize(init.body);
        upload.onProgress(total, total);
      }
      return response;
    } catch (error) {
      if (upload?.signal?.aborted) throw new UniLinkError("cancelled", `${label} was cancelled`);
      const reason = timedOut ? `no answer within ${timeoutMs} ms` : describe(error);
      throw new UniLinkError("network", `${label} failed: ${reason}`);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      upload?.signal?.removeEventListener("abort", cancel);
    }
  }

  return async <T>(request: HttpRequest<T>): Promise<T> => {
    const label = `${request.method} ${request.path}`;
    const headers: Record<string, string> = { accept: "application/json", ...request.headers };
    let body: string | FormData | undefined;
    let upload: UploadOptions | undefined;
    if (typeof FormData === "function" && request.body instanceof FormData) {
      body = request.body;
      upload = request.upload;
    } else if (request.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(request.body);
    }
    const url = buildUrl(options.baseUrl, request.path, request.query);
    const response = await send(url, { method: request.method, headers, body }, label, upload);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new UniLinkError("network", `${label} failed while reading: ${describe(error)}`);
    }
    const json = parseJson(text);
    if (response.status < 200 || response.status > 299) {
      const excerpt = json.ok ? json.value : redact(text).slice(0, MAX_BODY_EXCERPT);
      throw new UniLinkError("http", `${label} answered ${response.status}`, {
        status: response.status,
        body: excerpt,
      });
    }
    if (!request.validate) return undefined as T;
    if (!json.ok) {
      throw new UniLinkError("validation", `${label} answered with a body that is not JSON`, {
        status: response.status,
      });
    }
    const prepared = request.prepare ? request.prepare(json.value) : json.value;
    const result = validate(request.validate, prepared, ["response"]);
    if (result.ok) return result.value;
    const { issues } = result;
    throw new UniLinkError(
      "validation",
      `${label} answered an unexpected shape: ${summarizeIssues(issues)}`,
      { issues, status: response.status },
    );
  };
}
