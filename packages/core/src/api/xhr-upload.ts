import type { FetchInit, FetchResponseLike } from "./fetch-types";

/** Progress event of an upload. */
export interface XhrProgressEvent {
  /** Bytes sent. */
  loaded: number;
  /** Bytes in all. */
  total: number;
  /** Whether `total` is known. */
  lengthComputable: boolean;
}

/** The upload side of an {@link XhrLike}. */
export interface XhrUploadLike {
  /** Called as the body goes out. */
  onprogress: ((event: XhrProgressEvent) => void) | null;
}

/** The part of `XMLHttpRequest` an upload uses (the browser's, or a test double). */
export interface XhrLike {
  /** Starts a request. */
  open(method: string, url: string): void;
  /** Adds a header (after `open`). */
  setRequestHeader(name: string, value: string): void;
  /** Sends the body. */
  send(body: FormData): void;
  /** Stops the request; `onabort` follows. */
  abort(): void;
  /** HTTP status, once loaded. */
  readonly status: number;
  /** The answer's body, once loaded. */
  readonly responseText: string;
  /** Upload events: `onprogress` as the body goes out. */
  readonly upload: XhrUploadLike;
  /** The answer arrived (any status). */
  onload: (() => void) | null;
  /** No answer (network failure). */
  onerror: (() => void) | null;
  /** `abort()` was called. */
  onabort: (() => void) | null;
}

/** An `XMLHttpRequest` constructor. */
export type XhrConstructor = new () => XhrLike;

/** The platform's `XMLHttpRequest`, when it has one (browsers; not Node or React Native's fetch-only setups). */
export function platformXhr(): XhrConstructor | undefined {
  const global = (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest;
  return typeof global === "function" ? (global as XhrConstructor) : undefined;
}

/** Thrown when the request was aborted through its signal. */
export class AbortedError extends Error {
  constructor() {
    super("aborted");
    this.name = "AbortError";
  }
}

/**
 * Sends a multipart body with `XMLHttpRequest`, whose upload events report
 * progress (fetch has none). Resolves like `fetch` with status and text;
 * rejects on a network failure, or with {@link AbortedError} when `init.signal` aborts.
 */
export function sendWithXhr(
  Xhr: XhrConstructor,
  url: string,
  init: FetchInit & { body: FormData },
  onProgress: (loaded: number, total: number) => void,
): Promise<FetchResponseLike> {
  return new Promise((resolve, reject) => {
    const xhr = new Xhr();
    const signal = init.signal;
    const onAbortSignal = () => xhr.abort();
    const done = () => signal?.removeEventListener("abort", onAbortSignal);
    xhr.open(init.method, url);
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded, event.total);
    };
    xhr.onload = () => {
      done();
      const text = xhr.responseText;
      resolve({ status: xhr.status, text: () => Promise.resolve(text) });
    };
    xhr.onerror = () => {
      done();
      reject(new TypeError("upload failed"));
    };
    xhr.onabort = () => {
      done();
      reject(new AbortedError());
    };
    if (signal?.aborted) {
      reject(new AbortedError());
      return;
    }
    signal?.addEventListener("abort", onAbortSignal);
    xhr.send(init.body);
  });
}
