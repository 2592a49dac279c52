import type { FakePlatform } from "../platform/fake-platform";
import { agentRoutes } from "./agent-routes";
import { contactRoutes } from "./contact-routes";
import { errorResponse } from "./responses";
import { findRoute, isRestPath, type Route } from "./route";
import type {
  RestFault,
  RestMiddleware,
  RestRequest,
  RestRequestRecord,
  RestResponse,
} from "./types";
import { workspaceRoutes } from "./workspace-routes";

const ROUTES: readonly Route[] = [...workspaceRoutes, ...agentRoutes, ...contactRoutes];

function matches(fault: RestFault, request: RestRequest): boolean {
  if (fault.method && fault.method.toUpperCase() !== request.method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === "string"
    ? fault.path === request.path
    : fault.path.test(request.path);
}

/**
 * The platform's REST endpoints (Application API for agents, public Client
 * API for contacts) over a {@link FakePlatform}, transport agnostic: the
 * fake server's HTTP port and `createPlatformFetch` both feed it.
 * Middlewares and `failNext` inject delays and faults.
 */
export class FakeRestApi {
  /** Every request received, in order (headers left out: they carry tokens). */
  readonly requests: RestRequestRecord[] = [];
  readonly #middlewares: RestMiddleware[] = [];

  constructor(readonly platform: FakePlatform) {}

  /** True when `path` is one of the platform's REST paths (any method). */
  serves(path: string): boolean {
    return isRestPath(ROUTES, path);
  }

  /** Handles one request through the middlewares; never rejects. */
  async handle(request: RestRequest): Promise<RestResponse> {
    this.requests.push({
      method: request.method,
      path: request.path,
      query: { ...request.query },
      body: request.body,
    });
    const chain = [...this.#middlewares];
    const run = async (index: number): Promise<RestResponse> => {
      const middleware = chain[index];
      if (!middleware) return this.#route(request);
      return middleware(request, () => run(index + 1));
    };
    try {
      return await run(0);
    } catch (error) {
      return errorResponse(error);
    }
  }

  /** Adds a middleware (run in the order added); returns a function removing it. */
  use(middleware: RestMiddleware): () => void {
    this.#middlewares.push(middleware);
    return () => {
      const index = this.#middlewares.indexOf(middleware);
      if (index >= 0) this.#middlewares.splice(index, 1);
    };
  }

  /**
   * Fails the next matching request(s): an error status, optionally after
   * the platform handled it (`afterHandling`), or a dropped connection.
   * Returns a function cancelling what is left of the fault.
   */
  failNext(fault: RestFault = {}): () => void {
    let left = fault.times ?? 1;
    const failure = (): RestResponse =>
      fault.drop
        ? { status: 0, drop: true }
        : { status: fault.status ?? 500, body: fault.body ?? { error: "injected fault" } };
    const remove = this.use(async (request, next) => {
      if (left <= 0 || !matches(fault, request)) return next();
      left--;
      if (left <= 0) remove();
      if (fault.afterHandling) await next();
      return failure();
    });
    return remove;
  }

  #route(request: RestRequest): RestResponse {
    const found = findRoute(ROUTES, request.method, request.path);
    if (!found) return { status: 404, body: { error: "Resource could not be found" } };
    try {
      return found.route.handle(this.platform, request, found.params);
    } catch (error) {
      return errorResponse(error);
    }
  }
}
