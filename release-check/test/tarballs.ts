import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { run } from "./run";

const repo = resolve(import.meta.dirname, "../..");

/** A published package of this repository. */
export type PackageName = "core" | "react" | "testing";

/** Packs each package as `pnpm publish` would into `dir`; returns each tarball's path. */
export async function packTarballs<Name extends PackageName>(
  dir: string,
  names: readonly Name[],
): Promise<Record<Name, string>> {
  mkdirSync(dir, { recursive: true });
  const tarballs = {} as Record<Name, string>;
  for (const name of names) {
    await run("pnpm", ["pack", "--pack-destination", dir], { cwd: join(repo, "packages", name) });
    const file = readdirSync(dir).find(
      (f) => f.startsWith(`unilink-${name}-`) && f.endsWith(".tgz"),
    );
    if (!file) throw new Error(`pnpm pack left no tarball for @unilink/${name} in ${dir}`);
    tarballs[name] = join(dir, file);
  }
  return tarballs;
}

/**
 * Installs a scratch app with pnpm: the @unilink packages from their tarballs
 * (copied into the app, also where one asks for another), everything else at
 * the exact versions given. release-check's own devDependencies pin the same
 * versions, so the repository's `pnpm install --frozen-lockfile` has already
 * put them in the pnpm store and this install links them from there
 * (`--prefer-offline`) instead of downloading them again. A `pnpm-lock.yaml`
 * already in `app` (the fixture's) spares the resolution of every transitive
 * dependency; only the tarballs' hashes change from run to run.
 */
export async function installScratchApp(
  app: string,
  manifest: {
    name: string;
    tarballs: Partial<Record<PackageName, string>>;
    dependencies: Record<string, string>;
  },
): Promise<void> {
  mkdirSync(join(app, "tarballs"), { recursive: true });
  const local: Record<string, string> = {};
  for (const [name, file] of Object.entries(manifest.tarballs)) {
    if (!file) continue;
    copyFileSync(file, join(app, "tarballs", `unilink-${name}.tgz`));
    local[`@unilink/${name}`] = `file:tarballs/unilink-${name}.tgz`;
  }
  const packageJson = {
    name: manifest.name,
    private: true,
    dependencies: { ...local, ...manifest.dependencies },
    pnpm: { overrides: local },
  };
  writeFileSync(join(app, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  await run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=silent"], {
    cwd: app,
  });
}
