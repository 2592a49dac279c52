/**
 * WCAG contrast of an element's text color against what is painted behind
 * it, from Chromium's computed styles: the first ancestor with a background
 * color, with the opacity of everything in between applied to the text.
 */
type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [
    top[0] * a + bottom[0] * (1 - a),
    top[1] * a + bottom[1] * (1 - a),
    top[2] * a + bottom[2] * (1 - a),
    1,
  ];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The background an element's text is drawn on (opaque white past the root). */
function backdrop(element: Element): { color: Rgba; opacity: number } {
  let opacity = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    const background = parse(style.backgroundColor);
    if (background[3] > 0) {
      const below = node.parentElement ? backdrop(node.parentElement).color : [255, 255, 255, 1];
      return { color: over(background, below as Rgba), opacity };
    }
    opacity *= Number(style.opacity);
  }
  return { color: [255, 255, 255, 1], opacity };
}

/** Contrast ratio (1 to 21) of `element`'s text color on its backdrop. */
export function textContrast(element: Element): number {
  const { color: behind, opacity } = backdrop(element);
  const text = parse(getComputedStyle(element).color);
  const fore = over([text[0], text[1], text[2], text[3] * opacity], behind);
  const [light, dark] = [luminance(fore), luminance(behind)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
