import type { FakePlatformServer } from "@unilink/testing";

/** REST answers held back after the platform computed them. */
export interface RestGate {
  /** Resolves once a matching request was handled (its answer is now a snapshot of that moment). */
  readonly computed: Promise<void>;
  /** Lets the held answers go. */
  release(): void;
  /** Removes the middleware (releasing anything held). */
  remove(): void;
}

/**
 * Holds the answers of GET requests whose path matches `path` until
 * `release()`: the platform computes each answer at once, so events sent
 * meanwhile are newer than it, as on a slow network.
 */
export function holdRestAnswers(server: FakePlatformServer, path: RegExp): RestGate {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let markComputed = () => {};
  const computed = new Promise<void>((resolve) => {
    markComputed = resolve;
  });
  const removeMiddleware = server.rest.use(async (request, next) => {
    if (request.method !== "GET" || !path.test(request.path)) return next();
    const response = await next();
    markComputed();
    await gate;
    return response;
  });
  return {
    computed,
    release: () => release(),
    remove() {
      removeMiddleware();
      release();
    },
  };
}
