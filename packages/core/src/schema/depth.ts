/**
 * Deepest nesting a payload may have. Real UniLink payloads stay under ten
 * levels (custom attributes are user data, so allow far more). The store's
 * structural-sharing walkers recurse and overflow the stack a few thousand
 * levels down, long after such a payload was accepted: refuse it at the door.
 */
export const MAX_PAYLOAD_DEPTH = 500;

/**
 * True when the JSON `text` opens at most `limit` objects and arrays
 * (brackets inside strings count too). Nothing parsed from such a text nests
 * `limit` levels deep, so {@link exceedsDepth} need not walk it: a frame's
 * brackets are found by a string scan several times faster than that walk.
 */
export function opensAtMost(text: string, limit = MAX_PAYLOAD_DEPTH): boolean {
  let count = 0;
  for (const bracket of ["{", "["]) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      if (++count > limit) return false;
    }
  }
  return true;
}

/** True when `value` nests objects/arrays deeper than `limit` (checked without recursion). */
export function exceedsDepth(value: unknown, limit = MAX_PAYLOAD_DEPTH): boolean {
  if (value === null || typeof value !== "object") return false;
  // Two parallel stacks instead of a [node, depth] pair per node: this runs on every frame.
  const nodes: object[] = [value];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const current = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === "object") {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
