import type { FakePlatform } from "../platform/fake-platform";

/** Shorter than the platform's 20 s agent window, so colleagues never flap offline. */
const KEEP_ALIVE_MS = 10_000;

/**
 * Keeps the simulated colleagues present (as their own dashboards' pings
 * would): everyone of the account but the dashboard's user, except those
 * whose availability is `offline`. Returns a function that stops it.
 */
export function keepColleaguesPresent(
  platform: FakePlatform,
  markOnline: (target: { accountId: number; userId: number }) => void,
  accountId: number,
  meId: number,
): () => void {
  const touch = () => {
    for (const user of platform.runtime.ctx.agentsOf(accountId)) {
      if (user.id !== meId && user.availability !== "offline") {
        markOnline({ accountId, userId: user.id });
      }
    }
  };
  touch();
  const timer = setInterval(touch, KEEP_ALIVE_MS);
  return () => clearInterval(timer);
}
