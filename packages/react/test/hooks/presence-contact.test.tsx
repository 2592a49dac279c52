import { screen, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import { expect, test } from "vitest";
import { useContact, usePresence } from "../../src";
import { AGENT, send, startServer } from "../helpers/fake-server";
import { renderConnected } from "../helpers/render";

function Presence({
  label,
  target,
}: {
  label: string;
  target: { userId: number } | { contactId: number };
}) {
  return <p data-testid={label}>{usePresence(target)}</p>;
}

test("usePresence follows presence.update snapshots for agents and contacts", async () => {
  const server = await startServer();
  await renderConnected(
    server,
    <>
      <Presence label="agent-9" target={{ userId: 9 }} />
      <Presence label="contact-4" target={{ contactId: 4 }} />
    </>,
  );
  expect(screen.getByTestId("agent-9").textContent).toBe("offline");

  send(server, events.presenceUpdate(AGENT.accountId, { "9": "busy" }, { "4": "online" }));
  await waitFor(() => expect(screen.getByTestId("agent-9").textContent).toBe("busy"));
  expect(screen.getByTestId("contact-4").textContent).toBe("online");

  // A full snapshot: agent 9 missing means offline.
  send(server, events.presenceUpdate(AGENT.accountId, { "7": "online" }, {}));
  await waitFor(() => expect(screen.getByTestId("agent-9").textContent).toBe("offline"));
  expect(screen.getByTestId("contact-4").textContent).toBe("offline");
});

function ContactName({ id }: { id: number }) {
  return <p data-testid="name">{useContact(id)?.name ?? "unknown"}</p>;
}

test("useContact shows a contact from contact events", async () => {
  const server = await startServer();
  const contact = createFactories(41).contact({ name: "Maria" });
  await renderConnected(server, <ContactName id={contact.id} />);
  expect(screen.getByTestId("name").textContent).toBe("unknown");

  const created = events.contactCreated(contact);
  server.broadcastToAccount(AGENT.accountId, created.event, created.data);
  await waitFor(() => expect(screen.getByTestId("name").textContent).toBe("Maria"));

  const updated = events.contactUpdated({ ...contact, name: "Maria Silva" });
  server.broadcastToAccount(AGENT.accountId, updated.event, updated.data);
  await waitFor(() => expect(screen.getByTestId("name").textContent).toBe("Maria Silva"));
});
