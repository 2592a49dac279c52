import { type KeyboardEvent, useRef } from "react";
import { cx } from "../internal/cx";

/** Props of {@link FilterTabs}. */
export interface FilterTabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  /** Tab values, in order. */
  values: readonly T[];
  /** The selected value. */
  value: T;
  /** Text of a tab. */
  text: (value: T) => string;
  /** Called with the tab chosen. */
  onChange: (value: T) => void;
  /** Id of the element the tabs filter. */
  controls: string;
}

/**
 * A row of filter tabs (`role="tablist"`): one tab stop, arrow keys and
 * Home/End move between tabs and select them (automatic activation).
 */
export function FilterTabs<T extends string>({
  label,
  values,
  value,
  text,
  onChange,
  controls,
}: FilterTabsProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = values.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: index === last ? 0 : index + 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    let target = keys[event.key];
    if (target === undefined) return;
    // Right/left follow the reading direction.
    const tab = event.currentTarget;
    const rtl =
      tab.closest("[dir]")?.getAttribute("dir") === "rtl" ||
      getComputedStyle(tab).direction === "rtl";
    if (rtl && (event.key === "ArrowRight" || event.key === "ArrowLeft")) {
      target = event.key === "ArrowRight" ? keys.ArrowLeft : keys.ArrowRight;
    }
    event.preventDefault();
    const next = values[target as number];
    if (next === undefined) return;
    onChange(next);
    refs.current[target as number]?.focus();
  };
  return (
    <div className="unilink-tabs" role="tablist" aria-label={label}>
      {values.map((tab, index) => (
        <button
          key={tab}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          aria-selected={tab === value}
          aria-controls={controls}
          tabIndex={tab === value ? 0 : -1}
          className={cx("unilink-tabs__tab", tab === value && "unilink-tabs__tab--selected")}
          onClick={() => onChange(tab)}
          onKeyDown={(event) => move(event, index)}
        >
          {text(tab)}
        </button>
      ))}
    </div>
  );
}
