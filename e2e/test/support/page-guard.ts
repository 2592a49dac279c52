import type { Page } from "playwright-core";

/** One thing a page did that a user (or their devtools) would see as broken. */
export interface PageProblem {
  kind: "console-error" | "page-error" | "request-failed" | "http-error";
  text: string;
}

/** Watches one page for console errors, uncaught errors and failed requests. */
export interface PageGuard {
  /** Everything seen so far that no `allow` covers. */
  readonly problems: readonly PageProblem[];
  /**
   * Tolerates problems matching `pattern` from now on: only for failures the
   * test causes on purpose (e.g. reconnect attempts while it keeps the server down).
   */
  allow(pattern: RegExp): void;
}

const guards = new Set<{ label: string; guard: PageGuard }>();

/**
 * Starts watching `page`. Every guarded page is checked after each test by
 * `assertGuardedPagesClean` (run by the e2e setup file for every test), so a
 * test cannot forget it.
 */
export function guardPage(page: Page, label: string): PageGuard {
  const seen: PageProblem[] = [];
  const allowed: RegExp[] = [];
  const record = (problem: PageProblem) => {
    if (!allowed.some((pattern) => pattern.test(problem.text))) seen.push(problem);
  };
  page.on("console", (message) => {
    if (message.type() === "error") record({ kind: "console-error", text: message.text() });
  });
  page.on("pageerror", (error) => record({ kind: "page-error", text: error.message }));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "failed";
    record({ kind: "request-failed", text: `${request.method()} ${request.url()}: ${reason}` });
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      const request = response.request();
      record({
        kind: "http-error",
        text: `${request.method()} ${response.url()}: ${response.status()}`,
      });
    }
  });
  const guard: PageGuard = {
    get problems() {
      return seen;
    },
    allow(pattern) {
      allowed.push(pattern);
      for (let index = seen.length - 1; index >= 0; index--) {
        if (pattern.test((seen[index] as PageProblem).text)) seen.splice(index, 1);
      }
    },
  };
  guards.add({ label, guard });
  return guard;
}

/** Throws when a page guarded since the last call saw a problem; forgets those pages. */
export function assertGuardedPagesClean(): void {
  const report: string[] = [];
  for (const { label, guard } of guards) {
    for (const problem of guard.problems) report.push(`${label}: ${problem.kind}: ${problem.text}`);
  }
  guards.clear();
  if (report.length > 0) {
    throw new Error(`pages reported problems:\n${report.join("\n")}`);
  }
}
