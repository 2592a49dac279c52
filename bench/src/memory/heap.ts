import { collectGarbage } from "../harness/stats";

/** Heap in use after a full GC, in bytes. Throws without `--expose-gc`: the number would be noise. */
export function retainedHeap(): number {
  if (!collectGarbage()) throw new Error("the memory benchmark needs node --expose-gc");
  return process.memoryUsage().heapUsed;
}
