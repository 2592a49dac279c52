import type { CannedResponse } from "@unilink/core";
import { type KeyboardEvent, useState } from "react";
import { useCannedResponses } from "../../hooks/directory/use-canned-responses";

/** The composer's saved-reply menu state. */
export interface CannedSuggestions {
  /** The menu shows (the text is `/` plus a word, and it was not dismissed). */
  open: boolean;
  /** Matches of the word after `/`, best first (core's order). */
  responses: readonly CannedResponse[];
  /** Highlighted match. */
  active: number;
  /** Closes the menu until the text stops being a `/` command. */
  close(): void;
  /** Handles a key while open; true when it was the menu's (the composer must not act on it). */
  onKeyDown(event: KeyboardEvent, pick: (content: string) => void): boolean;
}

const COMMAND = /^\/(\S*)$/;

/** Saved replies for a composer whose text is `/word`: arrows move, Enter/Tab insert, Escape closes. */
export function useCannedSuggestions(text: string, enabled: boolean): CannedSuggestions {
  const match = enabled ? COMMAND.exec(text) : null;
  const typed = match?.[1] ?? "";
  const { cannedResponses } = useCannedResponses(typed, { load: enabled });
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [lastTyped, setLastTyped] = useState(typed);
  if (lastTyped !== typed) {
    // A new word: start from the best match again.
    setLastTyped(typed);
    setActive(0);
  }
  const open = match !== null && dismissed !== text;
  const last = cannedResponses.length - 1;
  return {
    open,
    responses: cannedResponses,
    active: Math.min(active, Math.max(last, 0)),
    close: () => setDismissed(text),
    onKeyDown(event, pick) {
      if (event.nativeEvent instanceof globalThis.KeyboardEvent && event.nativeEvent.isComposing)
        return false;
      switch (event.key) {
        case "ArrowDown":
          setActive((index) => Math.min(index + 1, last));
          break;
        case "ArrowUp":
          setActive((index) => Math.max(index - 1, 0));
          break;
        case "Enter":
        case "Tab": {
          const chosen = cannedResponses[Math.min(active, last)];
          if (!chosen) return false;
          pick(chosen.content);
          break;
        }
        case "Escape":
          setDismissed(text);
          break;
        default:
          return false;
      }
      event.preventDefault();
      return true;
    },
  };
}
