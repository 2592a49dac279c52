import type { CannedResponse } from "@unilink/core";
import { stripBidiControls } from "../../content/bidi";

/** Props of {@link CannedMenu}. */
export interface CannedMenuProps {
  /** DOM id of the listbox (the text box's `aria-controls`). */
  id: string;
  /** DOM id of an option. */
  optionId: (response: CannedResponse) => string;
  /** Matching saved replies, best first. */
  responses: readonly CannedResponse[];
  /** Index of the highlighted one. */
  active: number;
  /** Inserts one. */
  onPick: (response: CannedResponse) => void;
  /** Accessible name of the list. */
  label: string;
  /** Shown when nothing matches. */
  empty: string;
}

/**
 * The saved replies matching what follows `/` in the composer. Focus stays
 * in the text box, which points at the highlighted option with
 * `aria-activedescendant`; a click also picks.
 */
export function CannedMenu({
  id,
  optionId,
  responses,
  active,
  onPick,
  label,
  empty,
}: CannedMenuProps) {
  return (
    <div className="unilink-composer__canned">
      <div id={id} role="listbox" aria-label={label} className="unilink-picker__list">
        {responses.map((response, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard picks through the text box (Enter/Tab)
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the text box (aria-activedescendant)
          <div
            key={response.id}
            id={optionId(response)}
            role="option"
            aria-selected={index === active}
            className="unilink-picker__option unilink-composer__canned-option"
            // Keep focus (and the caret) in the text box.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(response)}
          >
            <span className="unilink-composer__canned-code">
              /{stripBidiControls(response.short_code)}
            </span>
            <span className="unilink-picker__text" dir="auto">
              {stripBidiControls(response.content)}
            </span>
          </div>
        ))}
      </div>
      {responses.length === 0 && (
        <p className="unilink-picker__empty" role="status">
          {empty}
        </p>
      )}
    </div>
  );
}
