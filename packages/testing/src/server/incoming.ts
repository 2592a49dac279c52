/** One client -> server command as received, for assertions. */
export interface ReceivedCommand {
  /** Server-wide number of the connection that sent it. */
  socketId: number;
  /** The `command` field as sent (normally `subscribe`, `unsubscribe` or `message`). */
  command: unknown;
  /** The `identifier` field as sent: normally a JSON string, kept verbatim. */
  identifier: unknown;
  /** The `data` field as sent: normally a JSON string (or absent). */
  data: unknown;
  /** `data`'s `action` when `data` is a JSON string of an object with one. */
  action: string | undefined;
  /** The whole text frame. */
  raw: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a JSON string into a plain object, or `undefined` (Rails raises and answers nothing). */
export function parseJsonObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseJson(value);
  return isObject(parsed) ? parsed : undefined;
}

/** Parses one text frame; `undefined` when it is not a JSON object (no command at all). */
export function parseIncoming(socketId: number, raw: string): ReceivedCommand | undefined {
  const frame = parseJson(raw);
  if (!isObject(frame)) return undefined;
  const action = parseJsonObject(frame.data)?.action;
  return {
    socketId,
    command: frame.command,
    identifier: frame.identifier,
    data: frame.data,
    action: typeof action === "string" ? action : undefined,
    raw,
  };
}
