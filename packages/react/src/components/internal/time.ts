const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  key: string,
  create: () => T,
): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

/**
 * Short relative time of a unix-seconds timestamp (`now`, `5 min. ago`,
 * `2 days ago`); older than a week: the date.
 */
export function formatRelative(seconds: number, nowMs: number, locale?: string): string {
  const diff = Math.round(seconds - nowMs / 1000);
  const abs = Math.abs(diff);
  const relative = cached(
    `rel:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }),
  ) as Intl.RelativeTimeFormat;
  if (abs < 45) return relative.format(0, "second");
  if (abs < 3600) return relative.format(Math.round(diff / 60), "minute");
  if (abs < 86_400) return relative.format(Math.round(diff / 3600), "hour");
  if (abs < 7 * 86_400) return relative.format(Math.round(diff / 86_400), "day");
  return formatDate(seconds, locale);
}

/** `14:05` (the locale's short time). */
export function formatClock(seconds: number, locale?: string): string {
  const format = cached(
    `clock:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }),
  ) as Intl.DateTimeFormat;
  return format.format(seconds * 1000);
}

/** `12 Mar 2025` (the locale's medium date). */
export function formatDate(seconds: number, locale?: string): string {
  const format = cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
  ) as Intl.DateTimeFormat;
  return format.format(seconds * 1000);
}

/** Local midnight of the day holding `seconds`, in unix seconds: the key of a day group. */
export function dayStart(seconds: number): number {
  const date = new Date(seconds * 1000);
  date.setHours(0, 0, 0, 0);
  return date.getTime() / 1000;
}
