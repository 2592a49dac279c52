import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkEmbeds } from "./check-embeds.mjs";

let root: string;
let guidesDir: string;
let examplesDir: string;

function guide(body: string): string {
  return `# Guide\n\nIntro.\n\n<!-- example: src/hello.ts -->\n${body}<!-- /example -->\n\nAfter.\n`;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "check-embeds-"));
  guidesDir = join(root, "guides");
  examplesDir = join(root, "examples");
  mkdirSync(guidesDir);
  mkdirSync(join(examplesDir, "src"), { recursive: true });
  writeFileSync(join(examplesDir, "src/hello.ts"), 'export const hello = "world";\n');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("check-embeds", () => {
  it("accepts a guide whose block is the file verbatim", () => {
    writeFileSync(join(guidesDir, "a.md"), guide('```ts\nexport const hello = "world";\n```\n'));
    expect(checkEmbeds({ guidesDir, examplesDir }).problems).toEqual([]);
  });

  it("reports a block that drifted from its file, and --write repairs it", () => {
    writeFileSync(join(guidesDir, "a.md"), guide('```ts\nexport const hello = "old";\n```\n'));
    expect(checkEmbeds({ guidesDir, examplesDir }).problems).toEqual([
      "a.md: the block of src/hello.ts differs from the file (run pnpm embed)",
    ]);
    expect(checkEmbeds({ guidesDir, examplesDir, write: true }).rewritten).toEqual(["a.md"]);
    expect(readFileSync(join(guidesDir, "a.md"), "utf8")).toBe(
      guide('```ts\nexport const hello = "world";\n```\n'),
    );
    expect(checkEmbeds({ guidesDir, examplesDir }).problems).toEqual([]);
  });

  it("reports a missing file and an example that no guide shows", () => {
    writeFileSync(
      join(guidesDir, "a.md"),
      "<!-- example: src/gone.ts -->\n```ts\n```\n<!-- /example -->\n",
    );
    expect(checkEmbeds({ guidesDir, examplesDir }).problems).toEqual([
      "a.md: example src/gone.ts does not exist",
      "src/hello.ts is shown in no guide",
    ]);
  });
});
