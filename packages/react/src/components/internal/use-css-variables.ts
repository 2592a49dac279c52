import type { RefCallback, RefObject } from "react";
import { useCommitRef } from "./use-commit-ref";

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`element.style.setProperty`), never through a `style` attribute; returns
 * the ref callback to put on that element (it also fills `target`). The
 * properties are written again only when their values change.
 *
 * Why: a Content-Security-Policy without `'unsafe-inline'` in `style-src`
 * blocks `style="..."` attributes (including the ones React's `style` prop
 * renders on the server), but it does not govern CSSOM calls made by script,
 * which are already trusted by `script-src`. The stylesheet reads the
 * variables (e.g. `transform: translateY(var(--unilink-vl-offset))`), so
 * dynamic geometry needs no inline style at all.
 */
export function useCssVariables<T extends HTMLElement>(
  target: RefObject<T | null>,
  variables: Readonly<Record<string, string>>,
): RefCallback<T> {
  return useCommitRef(
    target,
    (element) => {
      for (const [name, value] of Object.entries(variables)) element.style.setProperty(name, value);
    },
    [JSON.stringify(variables)],
  );
}
