import { stripBidiControls } from "../../content/bidi";

/** Anything with a name: a user, contact, bot or participant. */
export interface Named {
  name?: string | null;
  available_name?: string | null;
}

/** The name to show for a person (display name first), bidi controls removed; "" when unknown. */
export function displayName(person: Named | null | undefined): string {
  const raw = person?.available_name || person?.name || "";
  return stripBidiControls(String(raw)).trim();
}

/** Up to two initials for an avatar placeholder. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((word) => (word ? Array.from(word)[0] : ""))
    .join("")
    .toLocaleUpperCase();
}
