import { type ReactNode, useEffect } from "react";
import { UniLinkProvider } from "../../src";
import type { StoryWorld } from "./world";

/**
 * Shares a story world's client with the components, runs an optional
 * scene (timers that make things happen) and tears the world down when
 * the story unmounts.
 */
export function WorldProvider({
  world,
  scene,
  children,
}: {
  world: StoryWorld;
  scene?: (world: StoryWorld) => () => void;
  children: ReactNode;
}) {
  useEffect(() => () => world.destroy(), [world]);
  useEffect(() => scene?.(world), [world, scene]);
  return <UniLinkProvider client={world.client}>{children}</UniLinkProvider>;
}

/** Repeats `steps` (each after its delay, ms) until stopped. */
export function loopScene(steps: readonly [number, (world: StoryWorld) => void][]) {
  return (world: StoryWorld) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let index = 0;
    const next = () => {
      const step = steps[index % steps.length];
      if (!step) return;
      timer = setTimeout(() => {
        step[1](world);
        index++;
        next();
      }, step[0]);
    };
    next();
    return () => clearTimeout(timer);
  };
}

/** The world a story's loader created. */
export function worldOf(loaded: Record<string, unknown>): StoryWorld {
  return loaded.world as StoryWorld;
}
