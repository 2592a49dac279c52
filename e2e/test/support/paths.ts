import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The monorepo root. */
export const REPO_ROOT = resolve(here, "../../..");

/** The `unilink-dev-server` bin of the installed `@unilink/testing`. */
export const DEV_SERVER_BIN = join(
  dirname(require.resolve("@unilink/testing/package.json")),
  "bin/unilink-dev-server.mjs",
);

/** The apps, as built by their `vite build`. */
export const DASHBOARD_DIR = join(REPO_ROOT, "apps/dashboard");
export const WIDGET_DIR = join(REPO_ROOT, "apps/widget");

/** Where the README's screenshots live. */
export const SCREENSHOTS_DIR = join(REPO_ROOT, "docs/screenshots");
