import { type ReactNode, useEffect } from "react";
import { UniLinkProvider } from "../../src";
import type { PlatformWorld } from "./platform-world";

/** Shares a platform world's client and tears the world down when the story unmounts. */
export function PlatformWorldProvider({
  world,
  children,
}: {
  world: PlatformWorld;
  children: ReactNode;
}) {
  useEffect(() => () => world.destroy(), [world]);
  return <UniLinkProvider client={world.client}>{children}</UniLinkProvider>;
}

/** The platform world a story's loader created. */
export function platformWorldOf(loaded: Record<string, unknown>): PlatformWorld {
  return loaded.world as PlatformWorld;
}
