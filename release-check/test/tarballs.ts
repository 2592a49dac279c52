import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
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
 * (also where one asks for another), everything else at the exact versions
 * given. release-check's own devDependencies pin the same versions, so the
 * repository's `pnpm install --frozen-lockfile` has already put them in the
 * pnpm store and this install links them from there (`--prefer-offline`)
 * instead of downloading them again.
 */
export async function installScratchApp(
  app: string,
  manifest: {
    name: string;
    tarballs: Partial<Record<PackageName, string>>;
    dependencies: Record<string, string>;
  },
): Promise<void> {
  const local: Record<string, string> = {};
  for (const [name, file] of Object.entries(manifest.tarballs)) {
    if (file) local[`@unilink/${name}`] = `file:${file}`;
  }
  const packageJson = {
    name: manifest.name,
    private: true,
    dependencies: { ...local, ...manifest.dependencies },
    pnpm: { overrides: local },
  };
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, "package.json"), `${JSON.stringify(packageJson, null, 2)}\n`);
  await run("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=silent"], {
    cwd: app,
  });
}
