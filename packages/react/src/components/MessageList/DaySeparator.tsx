import { dayStart, formatDate } from "../internal/time";
import type { MessageListLabels } from "./labels";

/** Props of a day separator (the default one, or `components.DaySeparator`). */
export interface DaySeparatorProps {
  /** Local midnight of the day, unix seconds. */
  day: number;
  /** Clock, ms (for "Today"/"Yesterday"). */
  now: number;
  /** Locale for the date. */
  locale?: string;
  /** Strings. */
  labels: MessageListLabels;
}

/** "Today", "Yesterday" or the date, between messages of different days. */
export function DaySeparator({ day, now, locale, labels }: DaySeparatorProps) {
  const today = dayStart(now / 1000);
  const yesterday = dayStart(today - 43_200);
  const text =
    day === today ? labels.today : day === yesterday ? labels.yesterday : formatDate(day, locale);
  return (
    <p className="unilink-day">
      <time dateTime={new Date(day * 1000).toISOString()}>{text}</time>
    </p>
  );
}
