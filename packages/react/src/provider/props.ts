import type { UniLinkClient, UniLinkClientOptions } from "@unilink/core";
import type { ReactNode } from "react";

type NoClientOptions = { [K in keyof UniLinkClientOptions]?: never };

/**
 * `<UniLinkProvider>` that creates and owns its client from these options:
 * connects on mount, rotates the token when `pubsubToken` changes, and
 * destroys the client on unmount.
 *
 * Only `pubsubToken` (a string) and `onError` are followed after the first
 * render; the other options are read once, when the client is created. To
 * switch installation, account or user, give the provider a new `key`.
 */
export interface UniLinkProviderOwnedProps extends UniLinkClientOptions {
  /** Absent: the provider makes its own client. */
  client?: undefined;
  /** Not used with options: an owned client always connects. */
  connect?: undefined;
  /** The app, which may use every UniLink hook. */
  children?: ReactNode;
}

/**
 * `<UniLinkProvider>` around a client the app created and owns: the
 * provider never destroys or disconnects it. It calls `client.connect()` on
 * mount only when `connect` is true (default false: the app decides when).
 */
export type UniLinkProviderClientProps = NoClientOptions & {
  /** The client to share with the hooks below. */
  client: UniLinkClient;
  /** Call `client.connect()` on mount. Default false. */
  connect?: boolean;
  /** The app, which may use every UniLink hook. */
  children?: ReactNode;
};

/** Props of {@link UniLinkProvider}: client options, or an existing `client`. */
export type UniLinkProviderProps = UniLinkProviderOwnedProps | UniLinkProviderClientProps;
