import { type PresenceStatus, type PresenceTarget, selectPresence } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * An agent's (`{ userId }`) or contact's (`{ contactId }`) presence from the
 * last `presence.update` snapshot: `online`, `busy`, or `offline` when the
 * snapshot does not list them. Re-renders only when that one value changes.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const presence = usePresence({ userId: assignee.id });
 * return <Dot color={presence === "online" ? "green" : "grey"} />;
 */
export function usePresence(target: PresenceTarget): PresenceStatus {
  return useSelected("usePresence", (state) => selectPresence(state, target));
}
