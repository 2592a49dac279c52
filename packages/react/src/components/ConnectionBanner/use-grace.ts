import { useEffect, useState } from "react";

/**
 * `value` once it has held for `graceMs`; `null` values show at once.
 * While something is shown, a change to another non-null value shows at
 * once too (the banner is already up). A blip shorter than the grace
 * period never shows.
 */
export function useGrace<T>(value: T | null, graceMs: number): T | null {
  const [shown, setShown] = useState<T | null>(null);
  const visible = shown !== null;
  useEffect(() => {
    if (value === null || visible || graceMs <= 0) {
      setShown(value);
      return;
    }
    const timer = setTimeout(() => setShown(value), graceMs);
    return () => clearTimeout(timer);
  }, [value, visible, graceMs]);
  return shown;
}
