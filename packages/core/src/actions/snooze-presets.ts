/** A ready-made snooze time. */
export interface SnoozePreset {
  /** Stable id, for keys and translations. */
  id: "until_next_reply" | "an_hour" | "tomorrow" | "next_week" | "next_month";
  /** Unix seconds; `null` snoozes until the contact's next message. */
  until: number | null;
}

/** Hour of the day the day-based presets wake at (local time), as on the platform's dashboard. */
const WAKE_HOUR = 9;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function atWakeHour(year: number, month: number, day: number): Date {
  return new Date(year, month, day, WAKE_HOUR, 0, 0, 0);
}

/**
 * The snooze choices at `now` (epoch ms or a Date), in local time: until the
 * next reply, in an hour, tomorrow 09:00, next Monday 09:00 and the first of
 * next month 09:00.
 */
export function snoozePresets(now: Date | number): SnoozePreset[] {
  const at = new Date(typeof now === "number" ? now : now.getTime());
  const y = at.getFullYear();
  const m = at.getMonth();
  const d = at.getDate();
  // Days from today to next Monday: 1..7 (a Monday goes to the following one).
  const toMonday = (8 - at.getDay()) % 7 || 7;
  return [
    { id: "until_next_reply", until: null },
    { id: "an_hour", until: seconds(new Date(at.getTime() + 60 * 60_000)) },
    { id: "tomorrow", until: seconds(atWakeHour(y, m, d + 1)) },
    { id: "next_week", until: seconds(atWakeHour(y, m, d + toMonday)) },
    { id: "next_month", until: seconds(atWakeHour(y, m + 1, 1)) },
  ];
}

/** A date-time picker's value as the unix seconds `snoozeConversation` takes. */
export function snoozeUntilFromDate(date: Date): number {
  return seconds(date);
}
