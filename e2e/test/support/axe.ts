import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** One axe violation, reduced to what a failing assertion should print. */
export interface AxeFinding {
  id: string;
  impact: string;
  targets: string[];
  summary: string;
}

interface AxeResultsLike {
  violations: {
    id: string;
    impact?: string | null;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/**
 * Runs axe-core in the page (on `selector`, default the whole document) and
 * returns the serious and critical violations.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    (context) =>
      (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<AxeResultsLike> };
        }
      ).axe.run(context ?? document, { resultTypes: ["violations"] }),
    selector ?? null,
  );
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      targets: v.nodes.map((n) => String(n.target)),
      summary: v.nodes[0]?.failureSummary ?? "",
    }));
}
