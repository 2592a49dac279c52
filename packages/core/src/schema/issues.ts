import type * as z from "zod/mini";
import type { UniLinkErrorDetails } from "../errors";

/** A validation issue as {@link UniLinkErrorDetails} carries it. */
export type IssueDetail = NonNullable<UniLinkErrorDetails["issues"]>[number];

/**
 * Maps zod issues to plain paths under `prefix`. zod/mini ships no locale
 * (that keeps the bundle small), so the issue code stands in for a message.
 */
export function toIssueDetails(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[],
): IssueDetail[] {
  return issues.map((issue) => {
    const expected = "expected" in issue ? ` (expected ${String(issue.expected)})` : "";
    const message =
      issue.message && issue.message !== "Invalid input" ? issue.message : issue.code + expected;
    const path = issue.path.map((key) => (typeof key === "number" ? key : String(key)));
    return { path: [...prefix, ...path], message };
  });
}

/** `path: message` for the first few issues, for an error message. */
export function summarizeIssues(issues: readonly IssueDetail[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
    .join("; ");
}
