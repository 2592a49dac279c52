import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { run } from "./run";

const repo = resolve(import.meta.dirname, "../..");
const fixture = resolve(import.meta.dirname, "../fixture");
const published = ["core", "react", "testing"] as const;
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

let temp: string;
let tarballs: Record<(typeof published)[number], string>;
let app: string;

function listTarball(file: string): Promise<string[]> {
  return run("tar", ["-tzf", file], { cwd: temp }).then((r) =>
    r.stdout.split("\n").filter(Boolean),
  );
}

async function packedManifest(file: string): Promise<string> {
  return (await run("tar", ["-xzOf", file, "package/package.json"], { cwd: temp })).stdout;
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "unilink-release-"));
  tarballs = inject("tarballs");
  app = join(temp, "app");
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe("the packed packages", () => {
  it.each(published)("@unilink/%s ships its build, types, README and CHANGELOG", async (name) => {
    const entries = await listTarball(tarballs[name]);
    expect(entries).toEqual(
      expect.arrayContaining([
        "package/package.json",
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/README.md",
        "package/CHANGELOG.md",
      ]),
    );
    expect(entries.some((entry) => entry.includes("/src/") || entry.includes("/test/"))).toBe(
      false,
    );
  });

  it.each(published)("@unilink/%s's packed manifest has no workspace: ranges", async (name) => {
    const manifest = await packedManifest(tarballs[name]);
    expect(manifest).not.toContain("workspace:");
    expect(JSON.parse(manifest)).toMatchObject({ name: `@unilink/${name}`, license: "MIT" });
  });
});

describe("a scratch Vite React app using the tarballs", () => {
  beforeAll(async () => {
    cpSync(fixture, app, { recursive: true });
    const manifest = {
      name: "unilink-scratch-app",
      private: true,
      type: "module",
      dependencies: {
        "@unilink/core": `file:${tarballs.core}`,
        "@unilink/react": `file:${tarballs.react}`,
        "@unilink/testing": `file:${tarballs.testing}`,
        react: "19.3.1",
        "react-dom": "19.3.1",
        ws: "8.23.0",
      },
      devDependencies: {
        "@types/node": "20.19.43",
        "@types/react": "19.3.0",
        "@types/react-dom": "19.3.0",
        "@types/ws": "8.18.2",
        "@vitejs/plugin-react": "6.3.0",
        vite: "8.3.8",
      },
      // @unilink/react asks for @unilink/core@<version>: take the local tarball, not the registry.
      overrides: { "@unilink/core": "$@unilink/core" },
    };
    writeFileSync(join(app, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await run(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        "--cache",
        join(temp, "npm-cache"),
      ],
      { cwd: app, env: { npm_config_update_notifier: "false" } },
    );
  });

  it("installs the three packages from the tarballs", () => {
    for (const name of published) {
      const installed = JSON.parse(
        readFileSync(join(app, "node_modules/@unilink", name, "package.json"), "utf8"),
      ) as { version: string };
      const own = JSON.parse(
        readFileSync(join(repo, "packages", name, "package.json"), "utf8"),
      ) as { version: string };
      expect(installed.version).toBe(own.version);
    }
    // No second copy of core under react: the app and the hooks share one store type.
    expect(existsSync(join(app, "node_modules/@unilink/react/node_modules/@unilink/core"))).toBe(
      false,
    );
  });

  it("type-checks against the published declarations (skipLibCheck off)", async () => {
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app });
  });

  it("builds with Vite: core bundled into the page's script, styles.css into its CSS", async () => {
    await run(join(app, "node_modules/.bin/vite"), ["build"], { cwd: app });
    expect(existsSync(join(app, "dist/index.html"))).toBe(true);
    const assets = readdirSync(join(app, "dist/assets")).filter((file) => file.endsWith(".js"));
    const code = assets
      .map((file) => readFileSync(join(app, "dist/assets", file), "utf8"))
      .join("\n");
    expect(code).toContain("RoomChannel");
    const styles = readdirSync(join(app, "dist/assets")).filter((file) => file.endsWith(".css"));
    const css = styles.map((file) => readFileSync(join(app, "dist/assets", file), "utf8")).join("");
    expect(css).toContain("--unilink-color-accent"); // @unilink/react/styles.css resolved
  });

  it("runs the bundled core in Node: server-renders the app and receives one event", async () => {
    await run(
      join(app, "node_modules/.bin/vite"),
      ["build", "--ssr", "src/node-smoke.tsx", "--outDir", "dist-node"],
      { cwd: app },
    );
    const bundle = readFileSync(join(app, "dist-node/node-smoke.js"), "utf8");
    expect(bundle).not.toMatch(/from ["']@unilink\/(core|react)["']/);

    const { stdout } = await run(process.execPath, ["dist-node/node-smoke.js"], { cwd: app });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as {
      html: string;
      sentId: number;
      receivedId: number;
      stored: string | null;
    };
    expect(result.receivedId).toBe(result.sentId);
    expect(result.stored).toBe("open");
    expect(result.html).toMatch(/data-testid="status">status: (<!-- -->)?idle</);
  });
});
