import { stripBidiControls } from "../../content/bidi";

/** Props of {@link AttributeList}. */
export interface AttributeListProps {
  /** The attributes as received (any JSON values). */
  attributes: Record<string, unknown> | null | undefined;
  /** Text of `true` / `false`. */
  yes: string;
  no: string;
}

/** `browser_language` -> `Browser language`. */
function humanize(key: string): string {
  const words = stripBidiControls(key).replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function text(value: unknown, yes: string, no: string): string {
  if (typeof value === "boolean") return value ? yes : no;
  if (typeof value === "string") return stripBidiControls(value);
  if (typeof value === "number") return String(value);
  return stripBidiControls(JSON.stringify(value) ?? "");
}

/** Key/value rows; one level of nesting is flattened ("Browser › Name"). Always plain text. */
function rows(attributes: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === "") continue;
    if (typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value as Record<string, unknown>)) {
        if (innerValue === null || innerValue === undefined || innerValue === "") continue;
        out.push([`${humanize(key)} › ${humanize(inner)}`, innerValue]);
      }
    } else {
      out.push([humanize(key), value]);
    }
  }
  return out;
}

/** A description list of attributes; nothing when there are none. Values are text, never HTML. */
export function AttributeList({ attributes, yes, no }: AttributeListProps) {
  const entries = attributes ? rows(attributes) : [];
  if (entries.length === 0) return null;
  return (
    <dl className="unilink-contact__attributes">
      {entries.map(([key, value]) => (
        <div key={key} className="unilink-contact__attribute">
          <dt>{key}</dt>
          <dd dir="auto">{text(value, yes, no)}</dd>
        </div>
      ))}
    </dl>
  );
}
