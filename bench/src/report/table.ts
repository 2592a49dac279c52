/** A Markdown table (also readable as plain text in a terminal). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(Math.max(3, w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** A number with thousands separators and `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Bytes as MiB with one decimal. */
export function formatMiB(bytes: number): string {
  return `${formatNumber(bytes / 1024 ** 2, 1)} MiB`;
}

/** Milliseconds, as `1,234 ms` or `2.35 s` when long. */
export function formatMs(ms: number): string {
  return ms >= 10_000
    ? `${formatNumber(ms / 1000, 2)} s`
    : `${formatNumber(ms, ms < 10 ? 2 : 0)} ms`;
}
