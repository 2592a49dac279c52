import { expect } from "vitest";

/** Every number anywhere inside `value` (nested objects and arrays), with its path. */
export function numbersIn(value: unknown, path = "result"): [string, number][] {
  if (typeof value === "number") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
  }
  return [];
}

/** Fails unless `value` holds at least one number and all of them are finite. */
export function expectAllFinite(value: unknown): void {
  const numbers = numbersIn(value);
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.filter(([, n]) => !Number.isFinite(n))).toEqual([]);
}
