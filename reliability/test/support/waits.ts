import type { ConnectionStatus, UniLinkClient, UniLinkState } from "@unilink/core";

function withDeadline<T>(
  what: string,
  timeoutMs: number,
  start: (resolve: (value: T) => void) => () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    stop = start((value) => {
      clearTimeout(timer);
      stop();
      resolve(value);
    });
  });
}

/** Resolves with the state once `predicate` holds: checked now and on every store change. */
export function waitForStore(
  store: UniLinkClient["store"],
  predicate: (state: UniLinkState) => boolean,
  what = "a store condition",
  timeoutMs = 10_000,
): Promise<UniLinkState> {
  return withDeadline(what, timeoutMs, (resolve) => {
    if (predicate(store.getState())) {
      resolve(store.getState());
      return () => {};
    }
    return store.subscribe((state) => {
      if (predicate(state)) resolve(state);
    });
  });
}

/** Resolves once the client reaches `status` (at once when it is there already). */
export function waitForStatus(
  client: UniLinkClient,
  status: ConnectionStatus,
  timeoutMs = 10_000,
): Promise<void> {
  return withDeadline(`status ${status}`, timeoutMs, (resolve) => {
    if (client.status === status) {
      resolve(undefined);
      return () => {};
    }
    return client.onStatus((next) => {
      if (next === status) resolve(undefined);
    });
  });
}

/** Resolves once `predicate()` holds, re-checked every 10 ms (state outside any store). */
export function waitUntil(
  predicate: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  return withDeadline(what, timeoutMs, (resolve) => {
    if (predicate()) {
      resolve(undefined);
      return () => {};
    }
    const timer = setInterval(() => {
      if (predicate()) resolve(undefined);
    }, 10);
    return () => clearInterval(timer);
  });
}
