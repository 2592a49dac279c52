import { redact, UniLinkError } from "../errors";
import { exceedsDepth, MAX_PAYLOAD_DEPTH } from "./depth";
import { eventNameAliases, type UniLinkEvent } from "./events";
import { type IssueDetail, summarizeIssues } from "./issues";
import { eventDataValidators, isUniLinkEventName, validate } from "./validate";

/** Outcome of {@link parseEvent}: the event, or why it was refused. */
export type ParseResult = { ok: true; event: UniLinkEvent } | { ok: false; error: UniLinkError };

const EXCERPT_LENGTH = 200;

function excerpt(value: unknown): string {
  try {
    // Redact before cutting: a token split by the cut would no longer match.
    return redact(JSON.stringify(value) ?? String(value)).slice(0, EXCERPT_LENGTH);
  } catch {
    return "[unserializable]";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Canonical dotted name of an event name as received. */
export function normalizeEventName(name: string): string {
  // Own keys only: "constructor" or "__proto__" must stay plain strings.
  return Object.hasOwn(eventNameAliases, name) ? (eventNameAliases[name] as string) : name;
}

/**
 * Validates and normalizes one frame's `message` (`{event, data}`). Never
 * throws: a message of the wrong shape is a `protocol` error, a known event
 * whose `data` fails its schema a `validation` error (with the event name and
 * paths of what is wrong), an unknown event name an {@link UnknownUniLinkEvent}.
 */
export function parseEvent(message: unknown): ParseResult {
  return readEvent(message, false);
}

/**
 * {@link parseEvent}, told whether `message` is already known to nest
 * shallower than {@link MAX_PAYLOAD_DEPTH} (its frame's text opened fewer
 * brackets, `opensAtMost`): then its depth is not walked again.
 */
export function readEvent(message: unknown, shallow: boolean): ParseResult {
  if (!isRecord(message) || typeof message.event !== "string" || !("data" in message)) {
    return {
      ok: false,
      error: new UniLinkError("protocol", "event message is not {event, data}", {
        frame: excerpt(message),
      }),
    };
  }
  const name = normalizeEventName(message.event);
  if (!isUniLinkEventName(name)) {
    return { ok: true, event: { event: name, data: message.data, unknown: true } };
  }
  let issues: IssueDetail[] = [{ path: ["data"], message: "too_deep" }];
  let problem = `nested deeper than ${MAX_PAYLOAD_DEPTH} levels`;
  let frame: string | undefined;
  if (shallow || !exceedsDepth(message.data)) {
    try {
      const result = validate<unknown>(eventDataValidators[name], message.data, ["data"]);
      if (result.ok)
        return { ok: true, event: { event: name, data: result.value } as UniLinkEvent };
      issues = result.issues;
      problem = summarizeIssues(issues);
      frame = excerpt(message);
    } catch (cause) {
      // A validator should never throw, but a hostile payload (getters, proxies) must not reach the app.
      issues = [];
      problem = String(cause);
    }
  }
  const details = { event: name, issues, frame };
  return {
    ok: false,
    error: new UniLinkError("validation", `invalid ${name} payload: ${problem}`, details),
  };
}
