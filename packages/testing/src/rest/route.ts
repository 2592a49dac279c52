import type { FakePlatform } from "../platform/fake-platform";
import type { RestRequest, RestResponse } from "./types";

/** One REST endpoint: method, path pattern (named groups become params) and handler. */
export interface Route {
  method: string;
  pattern: RegExp;
  /** May throw a `PlatformError`; it becomes the matching error answer. */
  handle(
    platform: FakePlatform,
    request: RestRequest,
    params: Record<string, string>,
  ): RestResponse;
}

/** The route serving `method` + `path`, with its params, if any. */
export function findRoute(routes: readonly Route[], method: string, path: string) {
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (match && route.method === method) {
      const params: Record<string, string> = {};
      for (const [key, value] of Object.entries(match.groups ?? {})) {
        params[key] = decodeURIComponent(value);
      }
      return { route, params };
    }
  }
  return undefined;
}

/** True when some route serves `path` with any method (then a wrong method is a 404, not a fallthrough). */
export function isRestPath(routes: readonly Route[], path: string): boolean {
  return routes.some((route) => route.pattern.test(path));
}
