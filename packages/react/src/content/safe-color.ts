const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The colour when it is a plain hex colour (`#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`), else `undefined`. Label colours come from the server and
 * end up in a CSS custom property: anything but a hex colour is refused, so
 * a value can never smuggle another declaration or a `url()`.
 *
 * @example
 * safeColor("#1F93FF"); // "#1F93FF"
 * safeColor("red; background: url(x)"); // undefined
 */
export function safeColor(color: unknown): string | undefined {
  if (typeof color !== "string") return undefined;
  const trimmed = color.trim();
  return HEX.test(trimmed) ? trimmed : undefined;
}
