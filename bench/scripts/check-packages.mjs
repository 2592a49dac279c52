// Packs every published package the way `pnpm publish` would (workspace:
// versions replaced) and lints the tarballs: publint (package.json vs files)
// and attw (types resolve for ESM consumers). Exits non-zero on any problem.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(bench, "..");
const PACKAGES = ["packages/core", "packages/react", "packages/testing"];
const bin = (name) => join(bench, "node_modules", ".bin", name);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  return result.status === 0;
}

const out = mkdtempSync(join(tmpdir(), "unilink-pack-"));
const failures = [];
try {
  for (const pkg of PACKAGES) {
    console.log(`\n=== ${pkg}`);
    const before = new Set(readdirSync(out));
    if (!run("pnpm", ["pack", "--pack-destination", out], join(root, pkg))) {
      failures.push(`${pkg}: pnpm pack`);
      continue;
    }
    const tarball = readdirSync(out).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!tarball) {
      failures.push(`${pkg}: no tarball`);
      continue;
    }
    const file = join(out, tarball);
    if (!run(bin("publint"), ["run", file, "--strict"], bench)) failures.push(`${pkg}: publint`);
    // A stylesheet subpath has no types by nature: attw checks only the JS entry points.
    const attwArgs = [file, "--profile", "esm-only", "--exclude-entrypoints", "styles.css"];
    if (!run(bin("attw"), attwArgs, bench)) failures.push(`${pkg}: attw`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\ncheck-packages failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("\ncheck-packages: publint and attw clean for", PACKAGES.join(", "));
