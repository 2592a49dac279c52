import { JSDOM } from "jsdom";

const GLOBALS = ["window", "document", "navigator", "HTMLElement", "Node", "Element"] as const;

/**
 * Gives plain Node a jsdom document for React DOM (the CLI has none; a
 * vitest jsdom environment already has one and is left alone). Node's own
 * EventTarget, Event and MessageEvent stay, so the bench socket keeps
 * working. Returns a function that removes what it installed.
 */
export function installDom(): () => void {
  if (typeof document !== "undefined") return () => {};
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    url: "http://localhost/",
    pretendToBeVisual: true,
  });
  const target = globalThis as Record<string, unknown>;
  const installed: string[] = [];
  for (const key of GLOBALS) {
    if (key in target && target[key] !== undefined) continue;
    Object.defineProperty(target, key, {
      value: dom.window[key],
      configurable: true,
      writable: true,
    });
    installed.push(key);
  }
  return () => {
    for (const key of installed) delete target[key];
    dom.window.close();
  };
}
