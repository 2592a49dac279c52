/**
 * Deepest nesting a payload may have. Real UniLink payloads stay under ten
 * levels (custom attributes are user data, so allow far more). The store's
 * structural-sharing walkers recurse and overflow the stack a few thousand
 * levels down, long after such a payload was accepted: refuse it at the door.
 */
export const MAX_PAYLOAD_DEPTH = 500;

/** True when `value` nests objects/arrays deeper than `limit` (checked without recursion). */
export function exceedsDepth(value: unknown, limit = MAX_PAYLOAD_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}
