/**
 * Events shaped like the browser's, built from plain `Event`s so they work
 * wherever `Event` exists (browsers, jsdom, happy-dom, Node 20, which lacks
 * `CloseEvent`).
 */

/** A `message` event carrying one text frame. */
export function messageEvent(data: string): MessageEvent {
  if (typeof MessageEvent === "function") return new MessageEvent("message", { data });
  return Object.assign(new Event("message"), { data }) as MessageEvent;
}

/** A `close` event with the close code, reason and whether the close handshake completed. */
export function closeEvent(code: number, reason: string, wasClean: boolean): CloseEvent {
  return Object.assign(new Event("close"), { code, reason, wasClean }) as CloseEvent;
}

/** A plain `open` or `error` event. */
export function plainEvent(type: "open" | "error"): Event {
  return new Event(type);
}
