import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const IMPORT = /(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g;

// Every module specifier reachable from a source file, following relative imports.
function reachableSpecifiers(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (!spec) continue;
      if (spec.startsWith(".")) visit(`${resolve(dirname(file), spec)}.ts`);
      else specifiers.add(spec);
    }
  };
  visit(resolve(srcDir, entry));
  return specifiers;
}

describe("@unilink/testing/browser", () => {
  it("reaches no Node module and no `ws`", () => {
    expect([...reachableSpecifiers("browser.ts")]).toEqual([]);
  });

  it("is what the main entry builds on, which adds the ws transport", () => {
    expect([...reachableSpecifiers("index.ts")].sort()).toEqual([
      "node:http",
      "node:net",
      "node:stream",
      "ws",
    ]);
  });
});
