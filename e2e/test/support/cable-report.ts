import { request } from "./rest";

/** The dev server's `GET /__dev/cable` (see @unilink/testing's dev server). */
export interface CableReport {
  openSockets: number;
  connections: number;
  subscriptions: { socketId: number; userId: number | null; accountId: number | null }[];
  presence: Record<string, number[]>;
}

/** Reads who holds sockets and subscriptions on the dev server now. */
export const cableReport = (serverUrl: string) => request<CableReport>(`${serverUrl}/__dev/cable`);

/** The sockets holding a subscription of agent `userId`. */
export function socketsOf(report: CableReport, userId: number): number[] {
  return [
    ...new Set(report.subscriptions.filter((s) => s.userId === userId).map((s) => s.socketId)),
  ];
}

/** Resolves once `check()` holds, polling every 50 ms; rejects after `timeoutMs`. */
export async function eventually(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
