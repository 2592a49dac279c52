import { type RefObject, useRef } from "react";
import { useIsomorphicLayoutEffect } from "./use-isomorphic-layout-effect";

/**
 * Sets CSS custom properties on an element through the CSSOM
 * (`element.style.setProperty`), never through a `style` attribute.
 *
 * Why: a Content-Security-Policy without `'unsafe-inline'` in `style-src`
 * blocks `style="..."` attributes (including the ones React's `style` prop
 * renders on the server), but it does not govern CSSOM calls made by script,
 * which are already trusted by `script-src`. The stylesheet reads the
 * variables (e.g. `transform: translateY(var(--unilink-vl-offset))`), so
 * dynamic geometry needs no inline style at all.
 */
export function useCssVariables(
  ref: RefObject<HTMLElement | null>,
  variables: Readonly<Record<string, string>>,
): void {
  const applied = useRef<Record<string, string>>({});
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    for (const [name, value] of Object.entries(variables)) {
      if (applied.current[name] === value) continue;
      element.style.setProperty(name, value);
      applied.current[name] = value;
    }
  });
}
