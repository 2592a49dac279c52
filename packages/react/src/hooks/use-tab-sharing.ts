import type { TabSharingState } from "@unilink/core";
import { useSyncExternalStore } from "react";
import { useClientFor } from "../internal/use-client-for";

/**
 * Whether this page holds the socket shared with the other pages of the
 * browser (`leader`), gets everything through that page (`follower`), or
 * shares nothing (`single`), and how many pages follow. Re-renders only
 * when that changes. See the `shareAcrossTabs` option.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { role, followers } = useTabSharing();
 * return <small>{role === "leader" ? `Leading ${followers} tabs` : role}</small>;
 */
export function useTabSharing(): TabSharingState {
  const client = useClientFor("useTabSharing");
  const read = () => client.sharing;
  return useSyncExternalStore(client.onSharing, read, read);
}
