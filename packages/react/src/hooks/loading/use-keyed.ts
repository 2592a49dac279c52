import { useRef } from "react";

/**
 * `value` as first seen for `key`: an inline object argument keeps one
 * identity while its content key stays the same, so callbacks and effects
 * built on it do not change on every render.
 */
export function useKeyed<T>(value: T, key: string): T {
  const held = useRef({ key, value });
  // Idempotent for a given key, so writing during render is safe under concurrent rendering.
  if (held.current.key !== key) held.current = { key, value };
  return held.current.value;
}
