// LRE, RLE, PDF, LRO, RLO (U+202A-E), LRI, RLI, FSI, PDI (U+2066-9), ALM, LRM, RLM.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]/g;

/**
 * Removes Unicode bidi embedding, override and isolate controls (and the
 * direction marks), so a name like `"\u202Egnp.exe"` cannot reorder the
 * text around it. Render the result inside `<bdi>` as well, so a
 * right-to-left name still displays correctly.
 *
 * @example
 * stripBidiControls("Ana\u202E xyz"); // "Ana xyz"
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
