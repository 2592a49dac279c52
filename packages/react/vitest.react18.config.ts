import { createRequire } from "node:module";
import { dirname } from "node:path";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vite.config.ts";

// React 18.3.1 and react-dom 18.3.1 installed together by a tiny local package, so
// react-dom's own `require("react")` finds React 18 (an npm alias beside React 19 would not).
const require = createRequire(import.meta.url);
const env = createRequire(require.resolve("@unilink/react18-test-env/package.json"));
const reactDir = dirname(env.resolve("react/package.json"));
const reactDomDir = dirname(env.resolve("react-dom/package.json"));
// testing-library's CommonJS entry would `require` React 19 past the aliases; its ES build imports.
const testingLibraryEsm = `${dirname(require.resolve("@testing-library/react/package.json"))}/dist/@testing-library/react.esm.js`;

/**
 * The same suite against React 18: `react`, `react-dom` and their subpaths
 * (`react/jsx-runtime`, `react-dom/client`, `react-dom/server`,
 * `react-dom/test-utils`) point at the React 18 copies, and the packages
 * that import React (testing-library, zustand) are inlined so the aliases
 * reach their imports too.
 */
export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react$/, replacement: reactDir },
        { find: /^react\/(.*)$/, replacement: `${reactDir}/$1` },
        { find: /^react-dom$/, replacement: reactDomDir },
        { find: /^react-dom\/(.*)$/, replacement: `${reactDomDir}/$1` },
        { find: /^@testing-library\/react$/, replacement: testingLibraryEsm },
      ],
    },
    test: {
      env: { UNILINK_EXPECTED_REACT_MAJOR: "18" },
      server: { deps: { inline: ["@testing-library/react", "zustand"] } },
    },
  }),
);
