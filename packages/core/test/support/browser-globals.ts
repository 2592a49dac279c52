import { vi } from "vitest";

/** An EventTarget that counts the listeners currently attached. */
export class CountingTarget extends EventTarget {
  #count = 0;

  get listenerCount(): number {
    return this.#count;
  }

  override addEventListener(...args: Parameters<EventTarget["addEventListener"]>): void {
    this.#count++;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget["removeEventListener"]>): void {
    this.#count--;
    super.removeEventListener(...args);
  }
}

/** A fake `document` whose visibility the test controls. */
export class FakeDocument extends CountingTarget {
  visibilityState: "visible" | "hidden" = "visible";

  /** Changes visibility and fires `visibilitychange`. */
  setVisibility(state: "visible" | "hidden"): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event("visibilitychange"));
  }
}

/**
 * Installs fake `window` and `document` globals for one test (undone by
 * `vi.unstubAllGlobals()`), as in a browser tab.
 */
export function installBrowserGlobals(): { window: CountingTarget; document: FakeDocument } {
  const window = new CountingTarget();
  const document = new FakeDocument();
  vi.stubGlobal("window", window);
  vi.stubGlobal("document", document);
  return { window, document };
}
