export { shareAcrossTabs, type TabSharingLayer } from "./share-across-tabs";
export type { TabRole, TabSharingState } from "./sharing-state";
export type { TabChannel, TabLockOptions, TabLocks, TabSharingTransport } from "./transport";
