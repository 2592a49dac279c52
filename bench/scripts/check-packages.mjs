// Lints the tarballs `scripts/pack.mjs` left in bench/.packed/: publint
// (package.json vs files; any suggestion fails too) and attw (types resolve
// in every resolution mode: node10, node16 from CJS and from ESM, bundler).
// Exits non-zero on any problem.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PACKAGES, packAll } from "./pack.mjs";

const bench = join(import.meta.dirname, "..");
const bin = (name) => join(bench, "node_modules", ".bin", name);

const tarballs = packAll();

const failures = [];
for (const name of PACKAGES) {
  const file = tarballs[name];
  console.log(`\n=== @unilink/${name}`);
  const publint = spawnSync(bin("publint"), ["run", file, "--strict"], {
    cwd: bench,
    encoding: "utf8",
  });
  process.stdout.write(publint.stdout + publint.stderr);
  if (publint.status !== 0 || /Suggestions:|Warnings:|Errors:/.test(publint.stdout)) {
    failures.push(`@unilink/${name}: publint`);
  }
  // A stylesheet subpath has no types by nature: attw checks only the JS entry points.
  const attw = spawnSync(
    bin("attw"),
    [file, "--exclude-entrypoints", "styles.css", "--format", "table-flipped"],
    {
      cwd: bench,
      stdio: "inherit",
    },
  );
  if (attw.status !== 0) failures.push(`@unilink/${name}: attw`);
}

if (failures.length > 0) {
  console.error(`\ncheck-packages failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(
  "\ncheck-packages: publint and attw clean for",
  PACKAGES.map((n) => `@unilink/${n}`).join(", "),
);
