import { type KeyboardEvent, useId } from "react";
import type { ConversationListLabels } from "./labels";

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  /** The text typed. */
  value: string;
  /** Called on every change. */
  onChange: (value: string) => void;
  /** Strings. */
  labels: ConversationListLabels;
  /** Id of the list the results show in. */
  controls: string;
}

/** The list's search field (`type="search"`); Escape clears it. */
export function SearchBox({ value, onChange, labels, controls }: SearchBoxProps) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Escape" || value === "") return;
    event.preventDefault();
    onChange("");
  };
  return (
    <div className="unilink-conversation-list__search">
      <label htmlFor={id} className="unilink-sr-only">
        {labels.search}
      </label>
      <input
        id={id}
        type="search"
        className="unilink-select unilink-conversation-list__search-input"
        placeholder={labels.searchPlaceholder}
        aria-controls={controls}
        value={value}
        autoComplete="off"
        dir="auto"
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
