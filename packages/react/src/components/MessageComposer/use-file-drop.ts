import { type DragEvent, useRef, useState } from "react";

/** What {@link useFileDrop} gives the drop target. */
export interface FileDrop {
  /** Files are being dragged over the target. */
  dragging: boolean;
  /** Spread on the drop target. */
  handlers: {
    onDragEnter: (event: DragEvent) => void;
    onDragOver: (event: DragEvent) => void;
    onDragLeave: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
}

const hasFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes("Files");

/** Drag-and-drop of files onto an element: `onFiles` gets what was dropped. */
export function useFileDrop(onFiles: (files: File[]) => void, enabled: boolean): FileDrop {
  const [dragging, setDragging] = useState(false);
  // Enter/leave fire for every child crossed: count them to know when the pointer really left.
  const depth = useRef(0);
  return {
    dragging,
    handlers: {
      onDragEnter: (event) => {
        if (!enabled || !hasFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setDragging(true);
      },
      onDragOver: (event) => {
        if (!enabled || !hasFiles(event)) return;
        event.preventDefault();
      },
      onDragLeave: () => {
        if (!enabled) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (event) => {
        if (!enabled || !hasFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        onFiles(Array.from(event.dataTransfer.files));
      },
    },
  };
}
