/**
 * Server -> client frames, byte for byte as Rails ActionCable emits them:
 * fixed field order and ActiveSupport's JSON escaping.
 */

/** Why the server disconnects a client (the `reason` of a disconnect frame). */
export type DisconnectReason =
  | "unauthorized"
  | "server_restart"
  | "invalid_request"
  | "remote"
  | (string & {});

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON-encodes like ActiveSupport (Rails' default `escape_html_entities_in_json`):
 * `<`, `>`, `&`, U+2028 and U+2029 become `\u00XX` escapes. Those characters can
 * only occur inside JSON strings, so a plain replace is safe.
 */
export function encodeJson(value: unknown): string {
  const text = JSON.stringify(value === undefined ? null : value);
  return text.replace(HTML_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `{"type":"welcome"}` */
export function welcomeFrame(): string {
  return '{"type":"welcome"}';
}

/** `{"type":"ping","message":<unix seconds>}` */
export function pingFrame(unixSeconds: number): string {
  return `{"type":"ping","message":${Math.floor(unixSeconds)}}`;
}

/** `{"identifier":"<id>","type":"confirm_subscription"}` */
export function confirmFrame(identifier: string): string {
  return `{"identifier":${encodeJson(identifier)},"type":"confirm_subscription"}`;
}

/** `{"identifier":"<id>","type":"reject_subscription"}` */
export function rejectFrame(identifier: string): string {
  return `{"identifier":${encodeJson(identifier)},"type":"reject_subscription"}`;
}

/** `{"identifier":"<id>","message":<message>}` */
export function dataFrame(identifier: string, message: unknown): string {
  return `{"identifier":${encodeJson(identifier)},"message":${encodeJson(message)}}`;
}

/** `{"type":"disconnect","reason":"<reason>","reconnect":<bool>}` */
export function disconnectFrame(reason: DisconnectReason, reconnect: boolean): string {
  return `{"type":"disconnect","reason":${encodeJson(reason)},"reconnect":${reconnect}}`;
}
