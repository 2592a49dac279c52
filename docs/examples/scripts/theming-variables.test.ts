import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, it } from "vitest";

const stylesheet = readFileSync(
  resolve(import.meta.dirname, "../../../packages/react/src/styles/unilink.css"),
  "utf8",
);
const guide = readFileSync(resolve(import.meta.dirname, "../../guides/theming.md"), "utf8");

const names = (text: string, pattern: RegExp) =>
  new Set([...text.matchAll(pattern)].map((m) => m[1]));
const declared = names(stylesheet, /(--unilink-[a-z0-9-]+)\s*:/g);
const used = names(stylesheet, /var\((--unilink-[a-z0-9-]+)/g);
const documented = names(guide, /`(--unilink-[a-z0-9-]+)`/g);

it("the theming guide lists every variable the stylesheet declares", () => {
  expect([...declared].filter((name) => !documented.has(name))).toEqual([]);
});

it("the theming guide names no variable the stylesheet does not know", () => {
  const known = new Set([...declared, ...used]);
  expect([...documented].filter((name) => !known.has(name))).toEqual([]);
});
