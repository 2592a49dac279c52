import {
  type ConversationListQuery,
  conversationFilterToQuery,
  selectListLoadState,
} from "@unilink/core";
import {
  type AssigneeTab,
  ConversationList,
  useUniLinkClient,
  useUniLinkStore,
} from "@unilink/react";
import { useEffect, useState } from "react";

/** Props of {@link Sidebar}. */
interface SidebarProps {
  meUserId: number;
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}

const TAB_NAMES: Record<AssigneeTab, string> = { me: "Mine", unassigned: "Unassigned", all: "All" };
const COUNT_KEYS = { me: "mineCount", unassigned: "unassignedCount", all: "allCount" } as const;

/**
 * The conversation list with its mine/unassigned/all and status tabs. Each
 * tab loads its first page from the server; live events keep it current;
 * "Load more" fetches the next page.
 */
export function Sidebar({ meUserId, selectedId, onSelect }: SidebarProps) {
  const client = useUniLinkClient();
  const [query, setQuery] = useState<ConversationListQuery>({ status: "open", assigneeType: "me" });
  const load = useUniLinkStore((state) => selectListLoadState(state, query));

  useEffect(() => {
    void client.loadConversations(query);
  }, [client, query]);

  const tabText = (tab: AssigneeTab) => {
    const count = load.counts?.[COUNT_KEYS[tab]];
    return typeof count === "number" ? `${TAB_NAMES[tab]} ${count}` : TAB_NAMES[tab];
  };

  return (
    <aside className="sidebar" aria-label="Conversations">
      <ConversationList
        filter={{ meUserId }}
        defaultAssignee="me"
        defaultStatus="open"
        selectedId={selectedId}
        onSelect={(id) => onSelect(id)}
        onFilterChange={(filter) => setQuery(conversationFilterToQuery(filter))}
        loading={load.isLoading && !load.loaded}
        labels={{ assignee: tabText }}
      />
      {load.hasMore && (
        <button
          type="button"
          className="sidebar__more"
          disabled={load.isLoading}
          onClick={() => void client.loadMoreConversations(query)}
        >
          {load.isLoading ? "Loading…" : "Load more"}
        </button>
      )}
    </aside>
  );
}
