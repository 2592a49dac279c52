import { snoozePresets, snoozeUntilFromDate } from "@unilink/core";
import { type KeyboardEvent, useCallback, useId, useRef, useState } from "react";
import { useOutsidePointer } from "../internal/use-outside-pointer";
import type { StatusActionsLabels } from "./labels";

/** Props of {@link SnoozeMenu}. */
export interface SnoozeMenuProps {
  /** Strings. */
  labels: StatusActionsLabels;
  /** Called with the time chosen (unix seconds) or `null` (until the next reply). */
  onSnooze: (until: number | null) => void;
  /** Disable the button. */
  disabled?: boolean;
}

/** `YYYY-MM-DDTHH:mm` in local time, the value format of `<input type="datetime-local">`. */
function localInputValue(ms: number): string {
  const date = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

/**
 * The snooze button and its panel: presets (an hour, tomorrow, next week...)
 * and a date-time field. A disclosure: the button toggles the panel, Escape
 * closes it and returns focus to the button.
 */
export function SnoozeMenu({ labels, onSnooze, disabled = false }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState("");
  const id = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const dismiss = useCallback(() => setOpen(false), []);
  useOutsidePointer(rootRef, open, dismiss);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (until: number | null) => {
    onSnooze(until);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.preventDefault();
    close();
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from the button or any control in it
    <div ref={rootRef} className="unilink-snooze" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="unilink-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={disabled}
        onClick={() => {
          setNow(Date.now());
          setOpen((value) => !value);
        }}
      >
        {labels.snooze}
      </button>
      <div id={`${id}-panel`} className="unilink-snooze__panel" hidden={!open}>
        <p className="unilink-snooze__title" id={`${id}-title`}>
          {labels.snoozeMenu}
        </p>
        <ul className="unilink-snooze__presets" aria-labelledby={`${id}-title`}>
          {snoozePresets(now).map((preset) => (
            <li key={preset.id}>
              <button
                type="button"
                className="unilink-snooze__preset"
                onClick={() => choose(preset.until)}
              >
                <span>{labels.preset(preset.id)}</span>
                {preset.until !== null && (
                  <time
                    className="unilink-snooze__time"
                    dateTime={new Date(preset.until * 1000).toISOString()}
                  >
                    {new Date(preset.until * 1000).toLocaleString(undefined, {
                      weekday: "short",
                      hour: "2-digit",
                      minute: "2-digit",
                    })}
                  </time>
                )}
              </button>
            </li>
          ))}
        </ul>
        <form
          className="unilink-snooze__custom"
          onSubmit={(event) => {
            event.preventDefault();
            if (custom) choose(snoozeUntilFromDate(new Date(custom)));
          }}
        >
          <label htmlFor={`${id}-time`}>{labels.customTime}</label>
          <input
            id={`${id}-time`}
            type="datetime-local"
            className="unilink-select"
            min={localInputValue(now)}
            value={custom}
            onChange={(event) => setCustom(event.target.value)}
          />
          <button type="submit" className="unilink-button" disabled={custom === ""}>
            {labels.snoozeUntil}
          </button>
        </form>
      </div>
    </div>
  );
}
