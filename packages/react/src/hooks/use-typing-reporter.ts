import type { TypingReporter, TypingReporterOptions } from "@unilink/core";
import { useEffect, useMemo, useRef } from "react";
import { useClientFor } from "../internal/use-client-for";

/** Options of {@link useTypingReporter}: core's `TypingReporterOptions`. */
export type UseTypingReporterOptions = TypingReporterOptions;

/** Handlers of {@link useTypingReporter}, for a composer's input. */
export interface TypingHandlers {
  /** Call on every keystroke: the first sends `on`, then each one re-arms the idle timer. */
  readonly onInput: () => void;
  /** Call when the message is sent: sends `off` if `on` was sent. */
  readonly onSend: () => void;
}

/**
 * Reports the user's typing in a conversation, through core's typing
 * reporter: one `on` per typing burst (not one per keystroke), `off` after
 * `idleMs` (default 4000) without input, on `onSend`, and when the reporter
 * goes away. A reporter is made after mount and disposed (sending `off` if
 * needed) on unmount and whenever `conversationId`, `isPrivate` or `idleMs`
 * changes. The handlers never change identity; with `conversationId`
 * `undefined` (no conversation yet) they do nothing.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const typing = useTypingReporter(conversationId, { isPrivate: noteMode });
 * <textarea onInput={typing.onInput} />
 * <button onClick={() => { typing.onSend(); void send({ content: draft }); }}>Send</button>
 */
export function useTypingReporter(
  conversationId: number | undefined,
  options: UseTypingReporterOptions = {},
): TypingHandlers {
  const client = useClientFor("useTypingReporter");
  const isPrivate = options.isPrivate ?? false;
  const idleMs = options.idleMs;
  const reporter = useRef<TypingReporter | undefined>(undefined);
  useEffect(() => {
    if (conversationId === undefined) return;
    const created = client.createTypingReporter(conversationId, { isPrivate, idleMs });
    reporter.current = created;
    return () => {
      created.dispose();
      if (reporter.current === created) reporter.current = undefined;
    };
  }, [client, conversationId, isPrivate, idleMs]);
  return useMemo(
    () => ({
      onInput: () => reporter.current?.onInput(),
      onSend: () => reporter.current?.onSend(),
    }),
    [],
  );
}
