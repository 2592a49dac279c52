import type * as z from "zod/mini";
import { redact, UniLinkError } from "../errors";
import { summarizeIssues, toIssueDetails } from "../schema/issues";
import type { FetchInit, FetchLike, FetchResponseLike } from "./fetch-types";

/** Options shared by both REST clients. */
export interface HttpOptions {
  /** Installation origin, e.g. `https://chat.example.com` (a path prefix is kept). */
  baseUrl: string;
  /** `fetch` to use; default `globalThis.fetch`, looked up at request time. */
  fetch?: FetchLike;
  /** Abort a request that has not answered after this long. Default 30000; 0 disables. */
  timeoutMs?: number;
}

/** Query values; `undefined`/`null` are left out. */
export type QueryValues = Record<string, string | number | boolean | undefined | null>;

/** One request of a REST client. */
export interface HttpRequest<T> {
  method: "GET" | "POST";
  path: string;
  query?: QueryValues;
  body?: Record<string, unknown> | FormData;
  headers?: Record<string, string>;
  /** Validates the JSON answer; omit for calls whose answer is ignored. */
  schema?: z.ZodMiniType<T>;
  /** Reshapes the raw JSON before validation (e.g. adds a missing `conversation_id`). */
  prepare?: (json: unknown) => unknown;
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

  async function send(url: string, init: FetchInit, label: string): Promise<FetchResponseLike> {
    const fetchImpl = resolveFetch(options.fetch);
    if (!fetchImpl) {
      throw new UniLinkError("network", "No fetch implementation: pass options.fetch");
    }
    const controller = typeof AbortController === "function" ? new AbortController() : undefined;
    let timedOut = false;
    const timer =
      controller && timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    try {
      return await fetchImpl(url, controller ? { ...init, signal: controller.signal } : init);
    } catch (error) {
      const reason = timedOut ? `no answer within ${timeoutMs} ms` : describe(error);
      throw new UniLinkError("network", `${label} failed: ${reason}`);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }

  return async <T>(request: HttpRequest<T>): Promise<T> => {
    const label = `${request.method} ${request.path}`;
    const headers: Record<string, string> = { accept: "application/json", ...request.headers };
    let body: string | FormData | undefined;
    if (typeof FormData === "function" && request.body instanceof FormData) {
      body = request.body;
    } else if (request.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(request.body);
    }
    const url = buildUrl(options.baseUrl, request.path, request.query);
    const response = await send(url, { method: request.method, headers, body }, label);
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
    if (!request.schema) return undefined as T;
    if (!json.ok) {
      throw new UniLinkError("validation", `${label} answered with a body that is not JSON`, {
        status: response.status,
      });
    }
    const prepared = request.prepare ? request.prepare(json.value) : json.value;
    const result = request.schema.safeParse(prepared);
    if (result.success) return result.data;
    const issues = toIssueDetails(result.error.issues, ["response"]);
    throw new UniLinkError(
      "validation",
      `${label} answered an unexpected shape: ${summarizeIssues(issues)}`,
      { issues, status: response.status },
    );
  };
}
