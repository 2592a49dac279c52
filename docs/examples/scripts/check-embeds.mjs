// Keeps the guides' code identical to the example sources that are type-checked
// (and, for the testing guide, run). A guide shows a file like this, with the
// path relative to docs/examples:
//
//   <!-- example: src/getting-started/App.tsx -->
//   ```tsx
//   …the file, verbatim…
//   ```
//   <!-- /example -->
//
// `node scripts/check-embeds.mjs` exits 1 when a block differs from its file,
// names a file that does not exist, or an example file is shown in no guide.
// `node scripts/check-embeds.mjs --write` rewrites every block from its file.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const OPEN = /<!-- example: (\S+) -->\n/g;
const CLOSE = "<!-- /example -->";

const FENCE_LANGUAGE = {
  ts: "ts",
  tsx: "tsx",
  mts: "ts",
  js: "js",
  mjs: "js",
  cjs: "js",
  css: "css",
  json: "json",
};

/**
 * The fenced block a guide must contain for a source file.
 * @param {string} path example path, e.g. `src/widget/Widget.tsx`
 * @param {string} source the file's text
 * @returns {string}
 */
export function renderBlock(path, source) {
  const extension = path.slice(path.lastIndexOf(".") + 1);
  const language = FENCE_LANGUAGE[/** @type {keyof typeof FENCE_LANGUAGE} */ (extension)] ?? "";
  return `\`\`\`${language}\n${source.trimEnd()}\n\`\`\`\n`;
}

/**
 * Every example block of a guide, with where its body starts and ends.
 * @param {string} markdown
 * @returns {{ path: string, bodyStart: number, bodyEnd: number, body: string }[]}
 */
export function findEmbeds(markdown) {
  const embeds = [];
  for (const match of markdown.matchAll(OPEN)) {
    const bodyStart = (match.index ?? 0) + match[0].length;
    const bodyEnd = markdown.indexOf(CLOSE, bodyStart);
    const path = match[1] ?? "";
    if (bodyEnd === -1) throw new Error(`example ${path} has no closing ${CLOSE}`);
    embeds.push({ path, bodyStart, bodyEnd, body: markdown.slice(bodyStart, bodyEnd) });
  }
  return embeds;
}

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Compares (or, with `write`, rewrites) every guide's example blocks.
 * @param {{ guidesDir: string, examplesDir: string, write?: boolean }} options
 * @returns {{ problems: string[], rewritten: string[] }}
 */
export function checkEmbeds({ guidesDir, examplesDir, write = false }) {
  const problems = [];
  const rewritten = [];
  const shown = new Set();
  const guides = readdirSync(guidesDir)
    .filter((name) => name.endsWith(".md"))
    .sort();
  for (const name of guides) {
    const guidePath = join(guidesDir, name);
    const markdown = readFileSync(guidePath, "utf8");
    let output = "";
    let copiedUpTo = 0;
    for (const embed of findEmbeds(markdown)) {
      let source;
      try {
        source = readFileSync(resolve(examplesDir, embed.path), "utf8");
      } catch {
        problems.push(`${name}: example ${embed.path} does not exist`);
        continue;
      }
      shown.add(embed.path);
      const expected = renderBlock(embed.path, source);
      output += markdown.slice(copiedUpTo, embed.bodyStart) + expected;
      copiedUpTo = embed.bodyEnd;
      if (embed.body !== expected && !write) {
        problems.push(`${name}: the block of ${embed.path} differs from the file (run pnpm embed)`);
      }
    }
    output += markdown.slice(copiedUpTo);
    if (write && output !== markdown) {
      writeFileSync(guidePath, output);
      rewritten.push(name);
    }
  }
  for (const file of listFiles(join(examplesDir, "src"))) {
    const path = relative(examplesDir, file).split(sep).join("/");
    if (!shown.has(path)) problems.push(`${path} is shown in no guide`);
  }
  return { problems, rewritten };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const { problems, rewritten } = checkEmbeds({
    guidesDir: resolve(examplesDir, "../guides"),
    examplesDir,
    write: process.argv.includes("--write"),
  });
  for (const name of rewritten) console.log(`rewrote ${name}`);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log("guides match their examples");
}
