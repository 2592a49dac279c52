import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type PackageName, packTarballs } from "./tarballs";

declare module "vitest" {
  export interface ProvidedContext {
    /** Tarball path of each published package, packed once for every test file. */
    tarballs: Record<PackageName, string>;
  }
}

/** Global setup: packs the three packages once; every test file installs from these. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "unilink-tarballs-"));
  project.provide("tarballs", await packTarballs(dir, ["core", "react", "testing"]));
  return () => rmSync(dir, { recursive: true, force: true });
}
