export type { TabRole, TabSharingState } from "./sharing-state";
export type { TabChannel, TabLockOptions, TabLocks, TabSharingTransport } from "./transport";
