/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Installation URL. Default: the dev server, `http://127.0.0.1:3030`. */
  readonly VITE_UNILINK_URL?: string;
  /** The website inbox's `inbox_identifier`; without it the dev server's config names one. */
  readonly VITE_UNILINK_INBOX?: string;
}
