// Packs every published package the way `pnpm publish` would (workspace:
// versions replaced) into bench/.packed/, and unpacks each tarball into
// bench/.packed/node_modules/@unilink/<name> with the packages' runtime
// dependencies linked beside it, so size-limit measures exactly what a
// registry install would give an app.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(bench, "..");
export const PACKED = join(bench, ".packed");
export const PACKAGES = ["core", "react", "testing"];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}`);
}

/** Directory of an installed package as seen from `from` (a workspace package). */
function installedDir(name, from) {
  const manifest = createRequire(join(from, "package.json")).resolve(`${name}/package.json`);
  return realpathSync(dirname(manifest));
}

/** Packs and unpacks the three packages; returns the tarball path of each. */
export function packAll() {
  rmSync(PACKED, { recursive: true, force: true });
  const modules = join(PACKED, "node_modules");
  mkdirSync(join(modules, "@unilink"), { recursive: true });
  const tarballs = {};
  for (const name of PACKAGES) {
    const dir = join(root, "packages", name);
    const before = new Set(readdirSync(PACKED));
    run("pnpm", ["pack", "--pack-destination", PACKED], dir);
    const tarball = readdirSync(PACKED).find((f) => f.endsWith(".tgz") && !before.has(f));
    if (!tarball) throw new Error(`pnpm pack left no tarball for @unilink/${name}`);
    tarballs[name] = join(PACKED, tarball);
    const target = join(modules, "@unilink", name);
    mkdirSync(target);
    run("tar", ["-xzf", tarballs[name], "-C", target, "--strip-components=1"], PACKED);
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(
      readFileSync(join(target, "package.json"), "utf8"),
    );
    for (const dep of [...Object.keys(dependencies), ...Object.keys(peerDependencies)]) {
      if (dep.startsWith("@unilink/")) continue;
      const link = join(modules, dep);
      mkdirSync(dirname(link), { recursive: true });
      rmSync(link, { recursive: true, force: true });
      symlinkSync(installedDir(dep, dir), link);
    }
  }
  return tarballs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarballs = packAll();
  console.log(`packed into ${PACKED}:\n  ${Object.values(tarballs).join("\n  ")}`);
}
