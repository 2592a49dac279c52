// Bundle budgets (gzip, dependencies bundled, React left out), measured on the
// built dist files: run `pnpm build` first. Import lists are read from the
// dist files so new exports are counted without editing this file.
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const CORE = "../packages/core/dist/index.js";
const REACT = "../packages/react/dist/index.js";
const REACT_DIST = join(__dirname, "../packages/react/dist");
// Excluding a package also excludes its subpaths (react/jsx-runtime, react-dom/client).
const PEERS = ["react", "react-dom"];

/** Names exported by a built ESM file (`export { a, b as c }` statements). */
function exportsOf(file) {
  const source = readFileSync(join(__dirname, file), "utf8");
  const names = [];
  for (const match of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of match[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  if (names.length === 0) throw new Error(`${file}: no exports found (is it built?)`);
  return names;
}

const named = (names) => `{ ${names.join(", ")} }`;
const coreImport = named(exportsOf(CORE));
// Hooks and the provider only: components (added later) belong to the second budget.
const hooksImport = named(exportsOf(REACT).filter((n) => /^use[A-Z]|Provider$/.test(n)));

const checks = [
  {
    name: "@unilink/core + @unilink/react hooks & provider",
    import: { [CORE]: coreImport, [REACT]: hooksImport },
    ignore: PEERS,
    gzip: true,
    // The target is 12 kB; it cannot be met with zod/mini (6.7 kB),
    // reconnecting-websocket (2.9 kB) and the sync layer that
    // createUniLinkClient always builds. See RESULTS.md, "Bundle budgets".
    limit: "38 kB",
  },
  {
    name: "everything (@unilink/core + all of @unilink/react)",
    import: { [CORE]: coreImport, [REACT]: "*" },
    ignore: PEERS,
    gzip: true,
    // Target 30 kB; components add ~10.6 kB to the 35.8 kB above. See RESULTS.md.
    limit: "50 kB",
  },
];

// The CSS budget starts counting as soon as @unilink/react ships a stylesheet.
const css = existsSync(REACT_DIST) ? readdirSync(REACT_DIST).filter((f) => f.endsWith(".css")) : [];
if (css.length > 0) {
  checks.push({
    name: "@unilink/react CSS",
    path: css.map((f) => `../packages/react/dist/${f}`),
    gzip: true,
    limit: "6 kB",
  });
}

module.exports = checks;
