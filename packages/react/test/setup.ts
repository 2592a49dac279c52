import { afterEach } from "vitest";
import { closeServers } from "./helpers/fake-server";

// Unmount every tree first (an owned client is destroyed in the microtask after), then stop servers.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
  await closeServers();
});
