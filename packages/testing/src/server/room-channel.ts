import type { TokenDirectory } from "./directory";

/** The authorized owner of a RoomChannel subscription. */
export interface RoomSubject {
  kind: "agent" | "contact";
  /** User id for agents, contact id for contacts. */
  id: number;
  accountId: number;
  token: string;
}

/** What `subscribed` achieved: streams are registered even when authorization fails. */
export interface RoomSubscription {
  subject: RoomSubject | undefined;
  streams: string[];
}

/** The channel class name the server routes. */
export const ROOM_CHANNEL = "RoomChannel";

/** Actions a client may `perform` on RoomChannel. */
export const ROOM_ACTIONS: readonly string[] = ["update_presence"];

// Ruby's `blank?` for JSON values.
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

// ActiveRecord casts id params leniently: 1, "1" and "1abc" all find record 1.
function castId(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === "string") {
    const n = Number.parseInt(value, 10);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/**
 * Mirrors the platform's `RoomChannel#subscribed`: stream the token first,
 * then look the owner up. A failed lookup leaves the token stream registered
 * and no subject (the real server raises: no confirm, no reject).
 */
export function subscribeRoom(
  params: Record<string, unknown>,
  directory: TokenDirectory,
): RoomSubscription {
  const rawToken = params.pubsub_token;
  if (typeof rawToken !== "string" && typeof rawToken !== "number") {
    return { subject: undefined, streams: [] };
  }
  const token = String(rawToken);
  const record = directory.find(token);
  if (isBlank(params.user_id)) {
    if (record?.kind !== "contact") return { subject: undefined, streams: [token] };
    const subject: RoomSubject = {
      kind: "contact",
      id: record.contactId,
      accountId: record.accountId,
      token,
    };
    return { subject, streams: [token] };
  }
  const accountId = castId(params.account_id);
  const authorized =
    record?.kind === "agent" &&
    record.userId === castId(params.user_id) &&
    accountId !== undefined &&
    record.accountIds.includes(accountId);
  if (!authorized || accountId === undefined) return { subject: undefined, streams: [token] };
  const subject: RoomSubject = { kind: "agent", id: record.userId, accountId, token };
  return { subject, streams: [token, accountStream(accountId)] };
}

/** The stream every agent of an account listens to: `account_<id>`. */
export function accountStream(accountId: number): string {
  return `account_${accountId}`;
}
