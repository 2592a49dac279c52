const GUARDED: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
];

type Snapshot = Map<string, Map<PropertyKey, PropertyDescriptor>>;

function describe(target: object): Map<PropertyKey, PropertyDescriptor> {
  const descriptors = new Map<PropertyKey, PropertyDescriptor>();
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (descriptor) descriptors.set(key, descriptor);
  }
  return descriptors;
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    Object.is(a.value, b.value) &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/** Records the built-in prototypes a polluting payload would change. */
export function snapshotPrototypes(): Snapshot {
  return new Map(GUARDED.map(([name, target]) => [name, describe(target)]));
}

/**
 * What changed on the built-in prototypes since `before` (added, removed or
 * replaced properties), plus the classic symptom: a fresh `{}` that inherits
 * a `polluted` property. Empty when nothing was polluted.
 */
export function prototypeChanges(before: Snapshot): string[] {
  const changes: string[] = [];
  for (const [name, target] of GUARDED) {
    const then = before.get(name) ?? new Map();
    const now = describe(target);
    for (const [key, descriptor] of now) {
      const old = then.get(key);
      if (!old) changes.push(`${name}.${String(key)} added`);
      else if (!sameDescriptor(old, descriptor)) changes.push(`${name}.${String(key)} replaced`);
    }
    for (const key of then.keys()) {
      if (!now.has(key)) changes.push(`${name}.${String(key)} removed`);
    }
  }
  const probe: Record<string, unknown> = {};
  if (probe.polluted !== undefined || "polluted" in probe) changes.push("({}).polluted is set");
  if (Object.getPrototypeOf(probe) !== Object.prototype) changes.push("{} lost its prototype");
  return changes;
}
