import { type RefObject, useEffect } from "react";

/** While `open`, calls `onOutside` when a pointer goes down outside `ref` (closes popups). */
export function useOutsidePointer(
  ref: RefObject<HTMLElement | null>,
  open: boolean,
  onOutside: () => void,
): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onOutside();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [ref, open, onOutside]);
}
