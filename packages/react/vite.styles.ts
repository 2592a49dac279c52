import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** The stylesheet source, shipped as `@unilink/react/styles.css`. */
export const STYLES_SOURCE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "src/styles/unilink.css",
);

/**
 * Comments out, whitespace collapsed. Safe for this stylesheet: it has no
 * strings where runs of spaces matter and no `url()`s.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
}

/**
 * Emits `src/styles/unilink.css`, minified, as `dist/styles.css` in the
 * library build (no JS imports it: apps import `@unilink/react/styles.css`).
 */
export function unilinkStyles(): Plugin {
  return {
    name: "unilink:styles",
    apply: "build",
    buildStart() {
      this.addWatchFile(STYLES_SOURCE);
    },
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: "styles.css",
        source: minifyCss(readFileSync(STYLES_SOURCE, "utf8")),
      });
    },
  };
}
