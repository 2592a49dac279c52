import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { cx } from "../internal/cx";
import { useOutsidePointer } from "../internal/use-outside-pointer";

/** One choice of a {@link Picker}. */
export interface PickerOption {
  /** Unique key of the option. */
  value: string;
  /** Its text (also what the filter box matches). */
  text: string;
  /** Shown before the text (an avatar, a colour dot). Decorative. */
  icon?: ReactNode;
  /** Shown after the text (e.g. presence). */
  detail?: ReactNode;
}

/** Props of {@link Picker}. */
export interface PickerProps {
  /** Accessible name of the trigger and the list, e.g. "Assignee". */
  label: string;
  /** What the trigger shows (the current value). */
  summary: ReactNode;
  /** The choices. */
  options: readonly PickerOption[];
  /** Values currently chosen. */
  selected: readonly string[];
  /** Several values at once (labels): choosing toggles and the list stays open. */
  multiple?: boolean;
  /** Called with the option chosen (or toggled). */
  onChoose: (value: string) => void;
  /** Placeholder of the filter box. */
  filterPlaceholder: string;
  /** Shown when the filter matches nothing. */
  noMatches: string;
  /** Shown (with `aria-busy`) while the options load and there are none yet. */
  loading?: string;
  /** Disable the trigger. */
  disabled?: boolean;
  /** Extra class on the root. */
  className?: string;
}

function matches(option: PickerOption, query: string): boolean {
  return query === "" || option.text.toLocaleLowerCase().includes(query.toLocaleLowerCase());
}

/**
 * A button that opens a filterable list: the shared body of the assignee,
 * team, label and priority pickers. The filter box is a combobox that
 * drives a listbox (`aria-activedescendant`): type to filter, ArrowUp/Down,
 * Home/End to move, Enter to choose, Escape to close (focus returns to the
 * button). `multiple` toggles options and keeps the list open.
 */
export function Picker({
  label,
  summary,
  options,
  selected,
  multiple = false,
  onChoose,
  filterPlaceholder,
  noMatches,
  loading,
  disabled = false,
  className,
}: PickerProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const id = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const shown = useMemo(() => options.filter((o) => matches(o, query)), [options, query]);
  const activeOption = shown[Math.min(active, shown.length - 1)];

  const dismiss = useCallback(() => setOpen(false), []);
  useOutsidePointer(rootRef, open, dismiss);

  const close = (focusTrigger: boolean) => {
    setOpen(false);
    setQuery("");
    if (focusTrigger) triggerRef.current?.focus();
  };

  const choose = (option: PickerOption | undefined) => {
    if (!option) return;
    onChoose(option.value);
    if (!multiple) close(true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      setActive(Math.max(target, 0));
    } else if (event.key === "Enter") {
      choose(activeOption);
    } else if (event.key === "Escape") {
      close(true);
    } else if (event.key === "Tab") {
      close(false);
      return;
    } else {
      return;
    }
    event.preventDefault();
  };

  const listId = `${id}-list`;
  const optionId = (value: string) => `${id}-option-${value}`;
  return (
    <div ref={rootRef} className={cx("unilink-picker", open && "unilink-picker--open", className)}>
      <button
        ref={triggerRef}
        type="button"
        className="unilink-button unilink-picker__trigger"
        aria-haspopup="listbox"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => {
          setActive(
            Math.max(
              0,
              options.findIndex((o) => selected.includes(o.value)),
            ),
          );
          setOpen((value) => !value);
        }}
      >
        <span className="unilink-picker__label">{label}</span>
        <span className="unilink-picker__summary">{summary}</span>
      </button>
      {open && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the popup wherever focus is in it
        <div
          className="unilink-picker__popup"
          onKeyDown={(event) => {
            if (event.key !== "Escape" || event.target instanceof HTMLInputElement) return;
            event.preventDefault();
            close(true);
          }}
        >
          <input
            className="unilink-picker__filter"
            role="combobox"
            aria-label={label}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeOption ? optionId(activeOption.value) : undefined}
            placeholder={filterPlaceholder}
            value={query}
            // biome-ignore lint/a11y/noAutofocus: the popup was opened to type into it
            autoFocus
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <div
            id={listId}
            role="listbox"
            aria-label={label}
            aria-multiselectable={multiple || undefined}
            aria-busy={(loading !== undefined && options.length === 0) || undefined}
            className="unilink-picker__list"
          >
            {shown.map((option) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard goes through the combobox (Enter)
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox (aria-activedescendant)
              <div
                key={option.value}
                id={optionId(option.value)}
                role="option"
                aria-selected={selected.includes(option.value)}
                className={cx(
                  "unilink-picker__option",
                  option === activeOption && "unilink-picker__option--active",
                )}
                // Keep focus in the filter box, so the keyboard keeps working after a click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                {multiple && (
                  <span className="unilink-picker__check" aria-hidden="true">
                    {selected.includes(option.value) ? "✓" : ""}
                  </span>
                )}
                {option.icon}
                <span className="unilink-picker__text" dir="auto">
                  {option.text}
                </span>
                {option.detail}
              </div>
            ))}
          </div>
          {shown.length === 0 && (
            <p role="status" className="unilink-picker__empty">
              {loading !== undefined && options.length === 0 ? loading : noMatches}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
