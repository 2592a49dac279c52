import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import assembleReleasePlan from "@changesets/assemble-release-plan";
import { read } from "@changesets/config";
import type { NewChangeset } from "@changesets/types";
import { getPackages, type Packages } from "@manypkg/get-packages";
import { beforeAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "../..");
const published = ["@unilink/core", "@unilink/react", "@unilink/testing"];

let packages: Packages;
let config: Awaited<ReturnType<typeof read>>;

beforeAll(async () => {
  packages = await getPackages(repo);
  config = await read(repo, packages);
});

function plan(releases: NewChangeset["releases"]) {
  const changeset: NewChangeset = { id: "release-check", summary: "check", releases };
  return assembleReleasePlan([changeset], packages, config, undefined);
}

describe("changesets", () => {
  it("publishes publicly and ignores every private workspace package", () => {
    expect(config.access).toBe("public");
    const names = packages.packages.map((p) => p.packageJson.name);
    const privateNames = packages.packages
      .filter((p) => (p.packageJson as { private?: boolean }).private)
      .map((p) => p.packageJson.name);
    expect(names.filter((name) => !privateNames.includes(name)).sort()).toEqual(published);
    expect([...config.ignore].sort()).toEqual(
      privateNames.filter((name) => name.startsWith("@unilink/")).sort(),
    );
  });

  it("releases the three packages together: a core patch bumps react and testing too", () => {
    const version = (packages.packages.find((p) => p.packageJson.name === "@unilink/core")
      ?.packageJson.version ?? "") as string;
    const [major, minor, patch] = version.split(".").map(Number);
    const next = `${major}.${minor}.${(patch ?? 0) + 1}`;
    const releases = plan([{ name: "@unilink/core", type: "patch" }]).releases.filter(
      (r) => r.type !== "none",
    );
    expect(releases.map((r) => [r.name, r.newVersion]).sort()).toEqual(
      published.map((name) => [name, next]),
    );
  });
});

describe("package metadata", () => {
  it.each(published)("%s has the fields a registry page shows", (name) => {
    const dir = join(repo, "packages", name.replace("@unilink/", ""));
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({
      name,
      license: "MIT",
      publishConfig: { access: "public" },
      repository: { type: "git", directory: expect.stringMatching(/^packages\//) },
      bugs: { url: expect.any(String) },
    });
    for (const field of ["description", "homepage", "author"]) {
      expect(manifest[field], field).toEqual(expect.any(String));
    }
    expect((manifest.keywords as string[]).length).toBeGreaterThan(2);
    expect(manifest.files).toEqual(expect.arrayContaining(["dist", "CHANGELOG.md"]));
  });

  it.each(published)("%s has a CHANGELOG whose newest entry is its current version", (name) => {
    const dir = join(repo, "packages", name.replace("@unilink/", ""));
    const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      version: string;
    };
    expect(existsSync(join(dir, "CHANGELOG.md"))).toBe(true);
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(changelog.startsWith(`# ${name}\n`)).toBe(true);
    expect(changelog.match(/^## (\S+)/m)?.[1]).toBe(version);
  });
});
