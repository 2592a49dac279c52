import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Plugin, PluginOption, UserConfig } from "vite";
import dts from "vite-plugin-dts";

/** How one published package is built. */
export interface LibraryOptions {
  /** Package directory (the vite config's `import.meta.dirname`). */
  root: string;
  /** Entry name -> source file, e.g. `{ index: "src/index.ts" }`. */
  entry: Record<string, string>;
  /** Imports left to the consumer's resolver (dependencies, peers, Node built-ins). */
  external: (string | RegExp)[];
  /** Text put first in every built JS file, e.g. `"use client";`. */
  banner?: string;
  /** Build target; default Vite's. */
  target?: string;
  plugins?: PluginOption[];
}

/**
 * Every rolled-up declaration file as both `X.d.ts` (next to the ESM file)
 * and `X.d.cts` (next to the `.cjs` file): under `require` TypeScript must
 * see CommonJS declarations, or it reports the package as ESM masquerading
 * as CommonJS (arethetypeswrong "FalseCJS"). vite-plugin-dts writes a single
 * entry's rollup to package.json's `types` (the `.d.cts`), several entries'
 * to `X.d.ts`; this completes the pair either way.
 */
function declarationPairs(dist: string, entries: string[]): void {
  for (const name of entries) {
    const esm = join(dist, `${name}.d.ts`);
    const cjs = join(dist, `${name}.d.cts`);
    if (existsSync(esm)) copyFileSync(esm, cjs);
    else copyFileSync(cjs, esm);
  }
}

/**
 * vite-plugin-dts writes declarations after every output; with two outputs
 * (ESM and CommonJS) that doubles the slowest step of the build for the same
 * files. This keeps its first run only.
 */
function declarationsOnce(plugin: Plugin): Plugin {
  let started = false;
  const { transform, writeBundle } = plugin as {
    transform: (...args: unknown[]) => unknown;
    writeBundle: (...args: unknown[]) => Promise<void>;
  };
  return {
    ...plugin,
    transform(this: unknown, ...args: unknown[]) {
      return started ? undefined : transform.apply(this, args);
    },
    async writeBundle(this: unknown, ...args: unknown[]) {
      if (started) return;
      started = true;
      await writeBundle.apply(this, args);
    },
  } as Plugin;
}

/**
 * Output path of one ESM module: its source path, except for a dependency
 * bundled into the package, which goes under `vendor/` (a path inside a
 * `node_modules` folder would be left out of the packed tarball by npm).
 */
function moduleFileName(chunk: { name: string; facadeModuleId: string | null }): string {
  const id = chunk.facadeModuleId ?? "";
  if (!id.includes("/node_modules/")) return "[name].js";
  const file = id.slice(id.lastIndexOf("/") + 1).replace(/\.[cm]?[jt]s$/, "");
  return `vendor/${file}.js`;
}

/**
 * The one build recipe of the published packages: ESM with one output module
 * per source module (so bundlers drop what an app does not import), plus a
 * CommonJS file per entry for `require()` (Jest, older Node tooling), and
 * declarations rolled up per entry for both.
 */
export function libraryConfig(options: LibraryOptions): UserConfig {
  const dist = join(options.root, "dist");
  const banner = options.banner;
  return {
    plugins: [
      ...(options.plugins ?? []),
      declarationsOnce(
        dts({
          rollupTypes: true,
          tsconfigPath: "./tsconfig.build.json",
          afterBuild: () => declarationPairs(dist, Object.keys(options.entry)),
        }),
      ),
    ],
    build: {
      lib: { entry: options.entry },
      target: options.target,
      sourcemap: true,
      minify: false,
      rollupOptions: {
        external: options.external,
        output: [
          {
            format: "es",
            preserveModules: true,
            preserveModulesRoot: "src",
            entryFileNames: moduleFileName,
            banner,
          },
          {
            format: "cjs",
            entryFileNames: "[name].cjs",
            chunkFileNames: "[name]-[hash].cjs",
            exports: "named",
            banner,
          },
        ],
      },
    },
  };
}
