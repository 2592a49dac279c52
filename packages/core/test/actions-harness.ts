import type { RestMiddleware } from "@unilink/testing";
import { type ClientProbe, connected, useSyncHarness } from "./sync-harness";

/**
 * Two agents' clients (Ana acts, Bea watches) on one fake platform, with a
 * contact's open conversation loaded in both.
 */
export function useActionsWorld() {
  const harness = useSyncHarness();

  return async function world() {
    const server = await harness.server();
    const { platform } = server;
    const ana = platform.createAgent({ name: "Ana" });
    const bea = platform.createAgent({ name: "Bea" });
    const contact = platform.createContact({
      name: "Bruno",
      email: "bruno@example.com",
      customAttributes: { plan: "pro" },
      additionalAttributes: { city: "Lisbon" },
    });
    const conversation = platform.createConversation({ contact, messages: ["hello there"] });
    const actor = harness.agent(server, ana);
    const watcher = harness.agent(server, bea);
    await Promise.all([connected(server, actor), connected(server, watcher)]);
    await Promise.all([
      actor.client.loadConversations({ status: "all" }),
      watcher.client.loadConversations({ status: "all" }),
    ]);
    const id = conversation.id;
    /** Resolves once `check` holds for the watcher's store (events arrived). */
    const watcherSees = (check: (probe: ClientProbe) => boolean) =>
      server.waitFor(() => check(watcher), 2000);
    return { server, platform, ana, bea, contact, id, actor, watcher, watcherSees };
  };
}

/**
 * Holds matching requests until `release()`: lets a test look at the store
 * while the platform has not answered yet.
 */
export function holdRequests(match: (path: string, method: string) => boolean) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = 0;
  const middleware: RestMiddleware = async (request, next) => {
    if (!match(request.path, request.method)) return next();
    held++;
    await gate;
    return next();
  };
  return { middleware, release: () => release(), heldCount: () => held };
}
