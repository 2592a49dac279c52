/** Options of a typing reporter. */
export interface TypingReporterOptions {
  /** Typing a private note (agents): only other agents see it. Default false. */
  isPrivate?: boolean;
  /** Send `off` after this long without input. Default 4000 (as the official clients). */
  idleMs?: number;
}

/** Reports one composer's typing to the server; wire it to the input's events. */
export interface TypingReporter {
  /** Call on every keystroke: sends `on` once, then (re)arms the idle timer. */
  onInput(): void;
  /** Call when the message is sent: sends `off` if `on` was sent. */
  onSend(): void;
  /** Call when the composer goes away: sends `off` if needed and stops. */
  dispose(): void;
}

/**
 * Builds a {@link TypingReporter} over `send(on)`: `on` at the first
 * keystroke, `off` after `idleMs` of silence, on send and on dispose; never
 * more than one `on` per typing burst, so keystrokes do not flood the server.
 */
export function createTypingReporterWith(
  send: (on: boolean) => void,
  options: TypingReporterOptions = {},
): TypingReporter {
  const idleMs = options.idleMs ?? 4000;
  let typing = false;
  let disposed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!typing) return;
    typing = false;
    send(false);
  };

  return {
    onInput() {
      if (disposed) return;
      if (!typing) {
        typing = true;
        send(true);
      }
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(stop, idleMs);
    },
    onSend: stop,
    dispose() {
      stop();
      disposed = true;
    },
  };
}
