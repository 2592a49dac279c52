import type { ConversationPriority } from "@unilink/core";

/** Every visible or announced string of the priority components. */
export interface PriorityLabels {
  /** Text of a priority; `null` is "no priority". */
  priority: (priority: ConversationPriority | null) => string;
  /** Accessible text of a row's priority mark, e.g. "Priority: Urgent". */
  mark: (text: string) => string;
  /** Accessible name of the picker. */
  picker: string;
}

const TEXT: Record<string, string> = {
  urgent: "Urgent",
  high: "High",
  medium: "Medium",
  low: "Low",
};

/** English defaults of {@link PriorityLabels}. */
export const defaultPriorityLabels: PriorityLabels = {
  priority: (priority) => (priority ? (TEXT[priority] ?? priority) : "No priority"),
  mark: (text) => `Priority: ${text}`,
  picker: "Priority",
};
