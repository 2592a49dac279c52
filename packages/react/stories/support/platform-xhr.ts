import type { PlatformFetch } from "@unilink/testing/browser";

/**
 * An `XMLHttpRequest` stand-in that answers from the in-page fake platform
 * (core uploads files with XHR for its progress events). It reports the
 * body half sent, then sends it through the platform's fetch and reports
 * it all sent: enough for a progress bar, a cancel, and the real answer.
 */
export function platformXhr(fetch: PlatformFetch) {
  return class PlatformXhr {
    status = 0;
    responseText = "";
    readonly upload: { onprogress: ((event: ProgressLike) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    #method = "GET";
    #url = "";
    #headers: Record<string, string> = {};
    #aborted = false;

    open(method: string, url: string): void {
      this.#method = method;
      this.#url = url;
    }

    setRequestHeader(name: string, value: string): void {
      this.#headers[name] = value;
    }

    send(body: FormData): void {
      const total = [...body.values()].reduce(
        (sum, value) => sum + (typeof value === "string" ? value.length : value.size),
        0,
      );
      queueMicrotask(() => {
        if (this.#aborted) return;
        this.upload.onprogress?.({ loaded: Math.floor(total / 2), total, lengthComputable: true });
        fetch(this.#url, { method: this.#method, headers: this.#headers, body }).then(
          async (response) => {
            if (this.#aborted) return;
            this.upload.onprogress?.({ loaded: total, total, lengthComputable: true });
            this.status = response.status;
            this.responseText = await response.text();
            this.onload?.();
          },
          () => {
            if (!this.#aborted) this.onerror?.();
          },
        );
      });
    }

    abort(): void {
      if (this.#aborted) return;
      this.#aborted = true;
      this.onabort?.();
    }
  };
}

interface ProgressLike {
  loaded: number;
  total: number;
  lengthComputable: boolean;
}
