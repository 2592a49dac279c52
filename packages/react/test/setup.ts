import { afterEach } from "vitest";
import { closeServers } from "./helpers/fake-server";

// waitFor's 1 s default is shorter than a frame round trip on a loaded 2-core CI machine;
// the conditions awaited are unchanged, only how long a slow machine may take to reach them.
if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/react");
  configure({ asyncUtilTimeout: 5000 });
}

// Unmount every tree first (an owned client is destroyed in the microtask after), then stop servers.
afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/react");
    cleanup();
  }
  await closeServers();
});
