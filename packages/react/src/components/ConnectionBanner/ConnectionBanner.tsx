import type { ConnectionStatus } from "@unilink/core";
import type { ReactNode } from "react";
import { useConnectionStatus } from "../../hooks/use-connection-status";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { useBrowserOnline } from "./use-browser-online";
import { useGrace } from "./use-grace";

/** What the banner reports. */
export type ConnectionProblem =
  | "connecting"
  | "reconnecting"
  | "offline"
  | "unauthorized"
  | "disconnected";

/** Every visible string of {@link ConnectionBanner}. */
export type ConnectionBannerLabels = Record<ConnectionProblem, string>;

/** English defaults of {@link ConnectionBannerLabels}. */
export const defaultConnectionBannerLabels: ConnectionBannerLabels = {
  connecting: "Connecting…",
  reconnecting: "Connection lost. Reconnecting…",
  offline: "You are offline. New messages will appear when you are back online.",
  unauthorized: "Your session has expired. Sign in again to keep receiving messages.",
  disconnected: "Disconnected.",
};

/** Props of {@link ConnectionBanner}. */
export interface ConnectionBannerProps {
  /** A problem must last this long before the banner shows. Default 1500 ms. */
  graceMs?: number;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<ConnectionBannerLabels>;
  /** Replace the rendering: gets the problem and its text. */
  render?: (problem: ConnectionProblem, text: string) => ReactNode;
}

/** The problem worth telling the user about, if any. */
export function connectionProblem(
  status: ConnectionStatus,
  browserOnline: boolean,
): ConnectionProblem | null {
  if (status === "unauthorized") return "unauthorized";
  if (!browserOnline) return "offline";
  if (status === "reconnecting") return "reconnecting";
  if (status === "connecting" || status === "subscribing") return "connecting";
  if (status === "disconnected") return "disconnected";
  return null;
}

/**
 * A banner for connection trouble: reconnecting, offline (the browser says
 * so), unauthorized (token rejected), disconnected. A problem shows only
 * after it lasted `graceMs` (default 1500 ms), so a quick blip shows
 * nothing; it disappears as soon as the connection is back. Announced
 * politely (`role="status"`); unauthorized, which needs the user, as an alert.
 *
 * @example
 * <ConnectionBanner graceMs={2000} />
 */
export function ConnectionBanner({
  graceMs = 1500,
  className,
  labels,
  render,
}: ConnectionBannerProps) {
  const l = useLabels(defaultConnectionBannerLabels, labels);
  const status = useConnectionStatus();
  const online = useBrowserOnline();
  const problem = useGrace(connectionProblem(status, online), graceMs);
  const text = problem ? l[problem] : "";
  return (
    <div
      className={cx("unilink-banner", problem && `unilink-banner--${problem}`, className)}
      role={problem === "unauthorized" ? "alert" : "status"}
      data-problem={problem ?? undefined}
    >
      {problem &&
        (render ? render(problem, text) : <span className="unilink-banner__text">{text}</span>)}
    </div>
  );
}
