import type { SnoozePreset, UniLinkError } from "@unilink/core";

/** Every visible or announced string of {@link StatusActions}. */
export interface StatusActionsLabels {
  /** Accessible name of the group. */
  group: string;
  resolve: string;
  reopen: string;
  pending: string;
  /** The snooze button. */
  snooze: string;
  /** Heading of the snooze choices. */
  snoozeMenu: string;
  /** Text of a preset. */
  preset: (preset: SnoozePreset["id"]) => string;
  /** Label of the date-time field. */
  customTime: string;
  /** Button that snoozes until the date-time entered. */
  snoozeUntil: string;
  /** Shown while snoozed: until when (`null`: until the contact replies). */
  snoozedUntil: (until: Date | null) => string;
  /** Shown when the server refused the change. */
  failed: (error: UniLinkError) => string;
}

const PRESETS: Record<string, string> = {
  until_next_reply: "Until next reply",
  an_hour: "For an hour",
  tomorrow: "Until tomorrow",
  next_week: "Until next week",
  next_month: "Until next month",
};

/** English defaults of {@link StatusActionsLabels}. */
export const defaultStatusActionsLabels: StatusActionsLabels = {
  group: "Conversation status",
  resolve: "Resolve",
  reopen: "Reopen",
  pending: "Mark pending",
  snooze: "Snooze",
  snoozeMenu: "Snooze until",
  preset: (id) => PRESETS[id] ?? id,
  customTime: "Pick a date and time",
  snoozeUntil: "Snooze",
  snoozedUntil: (until) =>
    until
      ? `Snoozed until ${until.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}`
      : "Snoozed until the next reply",
  failed: () => "Could not change the status. Try again.",
};
