import { screen, waitFor } from "@testing-library/react";
import { createFactories, events } from "@unilink/testing";
import { expect, test } from "vitest";
import { type NotificationsView, useNotifications } from "../../src";
import { send, startServer } from "../helpers/fake-server";
import { ConversationTotal } from "../helpers/probes";
import { renderConnected } from "../helpers/render";

function Bell({ views }: { views: NotificationsView[] }) {
  const view = useNotifications();
  views.push(view);
  return (
    <div>
      <p data-testid="counts">{`${view.unreadCount}/${view.count}`}</p>
      <ul>
        {view.notifications.map((n) => (
          <li key={n.id}>{n.id}</li>
        ))}
      </ul>
    </div>
  );
}

test("useNotifications lists notifications with the server's counters", async () => {
  const server = await startServer();
  const factories = createFactories(51);
  const views: NotificationsView[] = [];
  await renderConnected(
    server,
    <>
      <Bell views={views} />
      <ConversationTotal />
    </>,
  );
  expect(screen.getByTestId("counts").textContent).toBe("0/0");

  const first = factories.notification();
  const second = factories.notification();
  send(server, events.notificationCreated(first, { unreadCount: 1, count: 1 }));
  send(server, events.notificationCreated(second, { unreadCount: 2, count: 2 }));
  await waitFor(() => expect(screen.getByTestId("counts").textContent).toBe("2/2"));
  expect(screen.getAllByRole("listitem")).toHaveLength(2);

  send(
    server,
    events.notificationDeleted(first.id, first.account_id, { unreadCount: 1, count: 1 }),
  );
  await waitFor(() => expect(screen.getByTestId("counts").textContent).toBe("1/1"));
  expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([String(second.id)]);

  // A store change outside notifications neither re-renders the bell nor changes its object.
  const renders = views.length;
  const last = views.at(-1);
  send(server, events.conversationCreated(factories.conversation()));
  await waitFor(() => expect(screen.getByTestId("total").textContent).toBe("1"));
  expect(views.length).toBe(renders);
  expect(views.at(-1)).toBe(last);
});
