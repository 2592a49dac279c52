import { spawnSync } from "node:child_process";

/** What CI installs with apt for the reference server. */
export const DEBIAN_PACKAGES = "ruby-actioncable puma ruby-redis redis-server";

const HINT =
  "The real Rails ActionCable suite needs Debian packages: " +
  `apt-get update && apt-get install -y ${DEBIAN_PACKAGES}`;

let checked = false;

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore", timeout: 15000 });
  return result.error === undefined && result.status === 0;
}

/**
 * Fails loudly (never skips) when ruby, ActionCable, the redis gem, puma or
 * redis-server is missing, naming the apt packages to install.
 */
export function assertDebianPackages(): void {
  if (checked) return;
  const missing = [
    works("ruby", ["-e", 'require "action_cable"; require "redis"'])
      ? null
      : "ruby + actioncable/redis gems",
    works("puma", ["--version"]) ? null : "puma",
    works("redis-server", ["--version"]) ? null : "redis-server",
  ].filter((name) => name !== null);
  if (missing.length > 0) throw new Error(`${HINT} (missing: ${missing.join(", ")})`);
  checked = true;
}
