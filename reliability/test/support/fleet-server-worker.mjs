// The fleet test's fake server, on its own thread so that 1,000 clients do not slow its accepts.
import { parentPort } from "node:worker_threads";
import { createFakeUniLinkServer } from "@unilink/testing";

const server = await createFakeUniLinkServer();
parentPort.on("message", async (request) => {
  const { id, op, args } = request;
  try {
    let result;
    if (op === "addContacts") {
      for (const contact of args) server.addContact(contact);
    } else if (op === "restart") {
      await server.restart(args);
      // When the server took connections again, on the clock every thread shares.
      result = performance.timeOrigin + performance.now();
    } else if (op === "subscribedAt") {
      await server.waitFor(() => server.subscriptionCount >= args.count, args.timeoutMs);
      result = performance.timeOrigin + performance.now();
    } else if (op === "subscriptionCount") {
      result = server.subscriptionCount;
    } else if (op === "close") {
      await server.close();
    }
    parentPort.postMessage({ id, ok: true, result });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String(error) });
  }
});
parentPort.postMessage({ ready: server.url });
