import { useId } from "react";
import type { ConversationListLabels, ConversationSort } from "./labels";

/** Props of {@link SortSelect}. */
export interface SortSelectProps {
  /** Orders offered, in menu order. */
  options: readonly ConversationSort[];
  /** The order in use. */
  value: ConversationSort;
  /** Strings. */
  labels: ConversationListLabels;
  /** Called with the order picked. */
  onChange: (value: ConversationSort) => void;
}

/** The list's "Sort by" menu: a native, labelled `<select>`. */
export function SortSelect({ options, value, labels, onChange }: SortSelectProps) {
  const id = useId();
  return (
    <span className="unilink-conversation-list__sort">
      <label htmlFor={id}>{labels.sortBy}</label>
      <select
        id={id}
        className="unilink-select"
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option === event.target.value);
          if (next) onChange(next);
        }}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels.sort(option)}
          </option>
        ))}
      </select>
    </span>
  );
}
