/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Installation URL. Default: the dev server, `http://127.0.0.1:3030`. */
  readonly VITE_UNILINK_URL?: string;
  /** Agent access token; with `VITE_UNILINK_ACCOUNT_ID` the dev server's config is not fetched. */
  readonly VITE_UNILINK_ACCESS_TOKEN?: string;
  readonly VITE_UNILINK_ACCOUNT_ID?: string;
}
