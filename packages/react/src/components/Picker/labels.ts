/** Strings every picker shares. */
export interface PickerLabels {
  /** Placeholder of the filter box. */
  filter: string;
  /** Shown when the filter matches nothing. */
  noMatches: string;
  /** Shown while the choices load. */
  loading: string;
}

/** English defaults of {@link PickerLabels}. */
export const defaultPickerLabels: PickerLabels = {
  filter: "Filter…",
  noMatches: "No matches",
  loading: "Loading…",
};
