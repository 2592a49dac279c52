/** Background colours of generated pictures, picked by id. */
const COLOURS = ["#2563eb", "#7c3aed", "#db2777", "#ea580c", "#059669", "#0891b2", "#4f46e5"];

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => (word ?? "").charAt(0).toUpperCase())
    .join("")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * A user's picture as SVG: their initials on a colour derived from the id.
 * Generated, so the seeded account's avatars load without any outside host.
 */
export function avatarSvg(id: number, name: string): string {
  const colour = COLOURS[id % COLOURS.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" fill="${colour}"/><text x="48" y="60" font-family="sans-serif" font-size="38" font-weight="600" fill="#fff" text-anchor="middle">${initialsOf(name)}</text></svg>`;
}
