/** One hostile string and the short tag that finds its rendering in the page's text. */
export interface XssPayload {
  /** Unique, `[A-Za-z0-9-]`: appended to texts as `⟦<tag>⟧` markers. */
  tag: string;
  /** The hostile text (content, name, title or URL). */
  text: string;
}

/** Where the page mounted each component: `[data-xss-root="<name>"]`. */
export type XssRoot = "conversations" | "thread" | "bell" | "widget" | "control";

/** What {@link XssHarness.mountComponents} rendered. */
export interface MountResult {
  /** Text markers each root must show once everything rendered (proof the payloads were rendered as text). */
  markers: Partial<Record<XssRoot, string[]>>;
}

/** The functions the page puts on `window.__xssHarness` for the test to call. */
export interface XssHarness {
  /**
   * Renders ConversationList, MessageList, NotificationBell and ChatWidget
   * for one agent client connected to an in-page fake server, with every
   * payload in message contents, names, avatar and attachment URLs,
   * labels, typing names and notification titles (hydrated, then live).
   */
  mountComponents(payloads: XssPayload[]): Promise<MountResult>;
  /** The control: puts raw HTML into a `control` root with `innerHTML` (what the library must never do). */
  mountControl(html: string): void;
}

/** The marker of a payload in one place, e.g. `⟦m-script-tag⟧`. */
export function marker(place: string, payload: XssPayload): string {
  return `⟦${place}-${payload.tag}⟧`;
}

declare global {
  interface Window {
    /** The sentinel every payload tries to set: must stay undefined. */
    __xss?: unknown;
    /** What the page's client reported through `onError`. */
    __xssClientErrors?: string[];
    /** Installed by the page's `main.tsx`. */
    __xssHarness: XssHarness;
  }
}
