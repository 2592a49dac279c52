function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Sets `key` as an own, enumerable data property, even `__proto__`: a plain
 * assignment would change the object's prototype instead, and the key would
 * never reach `JSON.stringify`, whereas `JSON.parse` on the wire makes it an
 * own key.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The object at `path` inside `root`, creating `{}` wherever something else stands. */
export function objectAt(root: Record<string, unknown>, path: readonly string[]) {
  let current = root;
  for (const key of path) {
    const next = Object.hasOwn(current, key) ? current[key] : undefined;
    if (isContainer(next)) {
      current = next;
      continue;
    }
    const created: Record<string, unknown> = {};
    setOwn(current, key, created);
    current = created;
  }
  return current;
}

/** Sets the value at `path` (creating parents). */
export function setPath(root: Record<string, unknown>, path: readonly string[], value: unknown) {
  const parent = objectAt(root, path.slice(0, -1));
  setOwn(parent, path[path.length - 1] as string, value);
}

/** Removes the value at `path`; parents are created, so the field is missing whatever was there. */
export function deletePath(root: Record<string, unknown>, path: readonly string[]): void {
  const parent = objectAt(root, path.slice(0, -1));
  delete parent[path[path.length - 1] as string];
}

/** The value at `path`, or undefined. */
export function getPath(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const key of path) {
    if (!isContainer(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** `{"a":{"a":...1...}}` nested `depth` levels, built without recursion. */
export function nestedObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let level = 1; level < depth; level++) value = { a: value };
  return value;
}
