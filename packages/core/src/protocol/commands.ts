/**
 * `subscribe` command for `identifier` (the string from `buildIdentifier`).
 * The identifier travels as a JSON string inside the command, as ActionCable
 * requires: sent as an object, the server answers nothing.
 */
export function encodeSubscribe(identifier: string): string {
  return JSON.stringify({ command: "subscribe", identifier });
}

/** `unsubscribe` command for `identifier`. The server sends no answer. */
export function encodeUnsubscribe(identifier: string): string {
  return JSON.stringify({ command: "unsubscribe", identifier });
}

/**
 * `message` command calling the channel method `action` with `data`.
 * `data` is encoded as the JSON string `{"action": ..., ...data}`; `action`
 * always wins over an `action` key inside `data`.
 * Throws a `TypeError` when `data` cannot be serialised (a BigInt, a cycle).
 *
 * @example
 * encodePerform(id, "update_presence");
 * // '{"command":"message","identifier":"...","data":"{\"action\":\"update_presence\"}"}'
 */
export function encodePerform(
  identifier: string,
  action: string,
  data?: Record<string, unknown>,
): string {
  const payload: Record<string, unknown> = { action, ...data };
  payload.action = action;
  return JSON.stringify({ command: "message", identifier, data: JSON.stringify(payload) });
}
