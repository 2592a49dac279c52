import type { UniLinkError } from "@unilink/core";

/** A failed action's message under its control (`role="alert"`); nothing without an error. */
export function ActionError({
  error,
  text,
}: {
  error: UniLinkError | null;
  text: (error: UniLinkError) => string;
}) {
  if (!error) return null;
  return (
    <p className="unilink-action-error" role="alert">
      {text(error)}
    </p>
  );
}
