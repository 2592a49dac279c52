import { stripBidiControls } from "./bidi";

/** Props of {@link SafeName}. */
export interface SafeNameProps {
  /** The name as received; bidi controls are removed. */
  name: string | null | undefined;
  /** Shown when the name is empty. */
  fallback?: string;
  /** Extra class. */
  className?: string;
}

/**
 * A person's name inside `<bdi>`, with bidi override characters removed:
 * a hostile or right-to-left name cannot reorder the text around it.
 *
 * @example
 * <SafeName name={contact.name} fallback="Visitor" />
 */
export function SafeName({ name, fallback = "", className }: SafeNameProps) {
  const clean = stripBidiControls(name ?? "").trim();
  return (
    <bdi className={className ? `unilink-name ${className}` : "unilink-name"}>
      {clean || fallback}
    </bdi>
  );
}
