import {
  type Conversation,
  type ConversationListFilter,
  conversationFilterToQuery,
  conversationQueryKey,
  selectListLoadState,
} from "@unilink/core";
import {
  type ComponentType,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import { useAccountLabels } from "../../hooks/directory/use-account-labels";
import { useConversationSearch } from "../../hooks/use-conversation-search";
import { useConversations } from "../../hooks/use-conversations";
import { useUniLinkStore } from "../../hooks/use-unilink-store";
import { useConversationLoaders } from "../internal/actions";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { useFixedWindow } from "../internal/use-fixed-window";
import { useNow } from "../internal/use-now";
import { ConversationRow, type ConversationRowProps } from "./ConversationRow";
import { FilterTabs } from "./FilterTabs";
import {
  type AssigneeTab,
  type ConversationListLabels,
  type ConversationSort,
  defaultConversationListLabels,
  type StatusTab,
} from "./labels";
import { SearchBox } from "./SearchBox";
import { SortSelect } from "./SortSelect";
import { useDebounced } from "./use-debounced";

/** Inner parts of {@link ConversationList} an app may replace. */
export interface ConversationListComponents {
  /** One row. Must render `role="option"` with the given `id`. */
  Row: ComponentType<ConversationRowProps>;
  /** Shown when no conversation matches. */
  Empty: ComponentType<{ labels: ConversationListLabels }>;
  /** Shown while `loading`. */
  Loading: ComponentType<{ labels: ConversationListLabels }>;
}

/** Props of {@link ConversationList}. */
export interface ConversationListProps {
  /**
   * Base filter, as for `useConversations` (inbox, team, labels, sort,
   * `meUserId`...). The tabs override its `status` and `assignee`.
   */
  filter?: ConversationListFilter;
  /** Status tabs to show; `[]` hides them. Default open, pending, snoozed, resolved, all. */
  statusTabs?: readonly StatusTab[];
  /** Assignee tabs to show; `[]` hides them. Default mine (when `filter.meUserId` is set), unassigned, all. */
  assigneeTabs?: readonly AssigneeTab[];
  /** Status tab selected first. Default `filter.status` or `open`. */
  defaultStatus?: StatusTab;
  /** Assignee tab selected first. Default `filter.assignee` when it is a tab, else `all`. */
  defaultAssignee?: AssigneeTab;
  /**
   * Orders the agent may pick from a "Sort by" menu; `[]` hides it. Default
   * latest activity, priority, longest waiting, oldest first.
   */
  sortOptions?: readonly ConversationSort[];
  /**
   * Show a search field: typed text searches every conversation on the
   * server (the platform's `q`) and the results replace the tabs' rows
   * until the field is cleared. Default true.
   */
  searchable?: boolean;
  /** Called with the effective filter when a tab changes. */
  onFilterChange?: (filter: ConversationListFilter) => void;
  /** The conversation the app shows (`aria-selected`). */
  selectedId?: number;
  /** Called on click, Enter or Space. */
  onSelect?: (conversationId: number, conversation: Conversation) => void;
  /** Row height in px; rows are virtualized at this fixed height. Default 72. */
  rowHeight?: number;
  /** Show the loading state instead of the (empty) list. Default: while the first page loads. */
  loading?: boolean;
  /**
   * With a REST `api` on the client: fetch the list's first page on mount and
   * when the tabs change, and the next page when scrolled near the end. Default true.
   */
  autoLoad?: boolean;
  /** Include agents typing private notes in the typing hint. Default true (agent UI). */
  includePrivateTyping?: boolean;
  /** Locale for relative times. Default: the browser's. */
  locale?: string;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<ConversationListLabels>;
  /** Replace inner parts. */
  components?: Partial<ConversationListComponents>;
}

const DEFAULT_STATUS_TABS: readonly StatusTab[] = ["open", "pending", "snoozed", "resolved", "all"];
const DEFAULT_SORTS: readonly ConversationSort[] = [
  "last_activity_at",
  "priority",
  "waiting_since",
  "created_at",
];
function DefaultEmpty({ labels }: { labels: ConversationListLabels }) {
  return <p className="unilink-empty">{labels.empty}</p>;
}

function DefaultLoading({ labels }: { labels: ConversationListLabels }) {
  return (
    <p className="unilink-empty" role="status">
      {labels.loading}
    </p>
  );
}

function initialAssignee(filter: ConversationListFilter | undefined): AssigneeTab {
  const assignee = filter?.assignee;
  return assignee === "me" || assignee === "unassigned" ? assignee : "all";
}

/**
 * An agent's conversation list: status and assignee tabs, and a virtualized
 * listbox of rows (avatar with presence, contact name, last message, time,
 * unread badge, typing hint). 10,000 rows scroll smoothly: only the visible
 * rows are rendered, at a fixed height.
 *
 * Keyboard: Tab focuses the list; ArrowUp/ArrowDown, PageUp/PageDown,
 * Home/End move the cursor (`aria-activedescendant`); Enter or Space selects.
 *
 * @example
 * <ConversationList filter={{ meUserId: me.id }} selectedId={openId}
 *   onSelect={(id) => setOpenId(id)} />
 */
export function ConversationList({
  filter,
  statusTabs = DEFAULT_STATUS_TABS,
  assigneeTabs,
  sortOptions = DEFAULT_SORTS,
  searchable = true,
  defaultStatus,
  defaultAssignee,
  onFilterChange,
  selectedId,
  onSelect,
  rowHeight = 72,
  loading: loadingProp,
  autoLoad = true,
  includePrivateTyping = true,
  locale,
  className,
  labels,
  components,
}: ConversationListProps) {
  const l = useLabels(defaultConversationListLabels, labels);
  const Row = components?.Row ?? ConversationRow;
  const Empty = components?.Empty ?? DefaultEmpty;
  const Loading = components?.Loading ?? DefaultLoading;
  const assigneeValues = useMemo<readonly AssigneeTab[]>(
    () =>
      assigneeTabs ??
      (filter?.meUserId !== undefined ? ["me", "unassigned", "all"] : ["unassigned", "all"]),
    [assigneeTabs, filter?.meUserId],
  );
  const [status, setStatus] = useState<StatusTab>(
    defaultStatus ?? (filter?.status as StatusTab | undefined) ?? "open",
  );
  const [assignee, setAssignee] = useState<AssigneeTab>(defaultAssignee ?? initialAssignee(filter));
  const [sortBy, setSortBy] = useState<ConversationSort>(filter?.sortBy ?? "last_activity_at");

  const effective = useMemo<ConversationListFilter>(
    () => ({
      ...filter,
      status: statusTabs.length > 0 ? status : filter?.status,
      assignee: assigneeValues.length > 0 ? assignee : filter?.assignee,
      sortBy: sortOptions.length > 0 ? sortBy : filter?.sortBy,
    }),
    [
      filter,
      status,
      assignee,
      sortBy,
      statusTabs.length,
      assigneeValues.length,
      sortOptions.length,
    ],
  );
  const filtered = useConversations(effective);
  // Fetches the account's label list once, for the label colours on the rows.
  useAccountLabels();
  const [searchText, setSearchText] = useState("");
  const searched = useDebounced(searchable ? searchText.trim() : "", 300);
  const search = useConversationSearch(searched);
  const searching = searched !== "";
  const conversations = searching ? search.conversations : filtered;
  const count = conversations.length;
  const query = useMemo(() => conversationFilterToQuery(effective), [effective]);
  const queryKey = conversationQueryKey(query);
  const listState = useUniLinkStore((state) => selectListLoadState(state, query));
  const loaders = useConversationLoaders();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fetch when the query changes by content
  useEffect(() => {
    if (autoLoad) loaders.load(query);
  }, [autoLoad, loaders, queryKey]);
  const loading = searching
    ? search.isLoading && count === 0
    : (loadingProp ?? (listState.isLoading && count === 0));

  const baseId = useId();
  const listId = `${baseId}-list`;
  const rowId = useCallback((id: number) => `${baseId}-row-${id}`, [baseId]);
  const scrollRef = useRef<HTMLElement | null>(null);
  const view = useFixedWindow(scrollRef, { count, rowHeight });
  const now = useNow();

  const [activeId, setActiveId] = useState<number | undefined>(undefined);
  const activeIndex =
    activeId === undefined ? -1 : conversations.findIndex((c) => c.id === activeId);

  const select = useCallback(
    (conversation: Conversation) => {
      setActiveId(conversation.id);
      onSelect?.(conversation.id, conversation);
    },
    [onSelect],
  );

  const changeFilter = (next: {
    status?: StatusTab;
    assignee?: AssigneeTab;
    sortBy?: ConversationSort;
  }) => {
    if (next.status !== undefined) setStatus(next.status);
    if (next.assignee !== undefined) setAssignee(next.assignee);
    if (next.sortBy !== undefined) setSortBy(next.sortBy);
    onFilterChange?.({ ...effective, ...next });
  };

  const moveTo = (index: number) => {
    const target = conversations[Math.min(count - 1, Math.max(0, index))];
    if (!target) return;
    setActiveId(target.id);
    view.scrollToIndex(conversations.indexOf(target));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (count === 0) return;
    const from = Math.max(activeIndex, 0);
    const fresh = activeIndex < 0;
    switch (event.key) {
      case "ArrowDown":
        moveTo(fresh ? 0 : from + 1);
        break;
      case "ArrowUp":
        moveTo(fresh ? 0 : from - 1);
        break;
      case "PageDown":
        moveTo(from + view.pageSize);
        break;
      case "PageUp":
        moveTo(from - view.pageSize);
        break;
      case "Home":
        moveTo(0);
        break;
      case "End":
        moveTo(count - 1);
        break;
      case "Enter":
      case " ": {
        const active = conversations[activeIndex];
        if (active) select(active);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const onFocus = () => {
    if (activeIndex >= 0 || count === 0) return;
    const selectedIndex = conversations.findIndex((c) => c.id === selectedId);
    moveTo(Math.max(selectedIndex, 0));
  };

  const rows = [];
  for (let index = view.start; index < view.end; index++) {
    const conversation = conversations[index];
    if (!conversation) continue;
    rows.push(
      <Row
        key={conversation.id}
        conversation={conversation}
        id={rowId(conversation.id)}
        position={index + 1}
        size={count}
        selected={conversation.id === selectedId}
        active={index === activeIndex}
        now={now}
        locale={locale}
        labels={l}
        includePrivateTyping={includePrivateTyping}
        onSelect={select}
      />,
    );
  }

  const activeRendered =
    activeIndex >= view.start && activeIndex < view.end && activeId !== undefined;
  return (
    <div className={cx("unilink-root", "unilink-conversation-list", className)}>
      {searchable && (
        <SearchBox value={searchText} onChange={setSearchText} labels={l} controls={listId} />
      )}
      {searching && (
        <p className="unilink-conversation-list__results" role="status">
          {search.isLoading && count === 0 ? l.searching : l.results(count, searched)}
        </p>
      )}
      {!searching &&
        (statusTabs.length > 0 || assigneeValues.length > 0 || sortOptions.length > 0) && (
          <div className="unilink-conversation-list__filters">
            {statusTabs.length > 0 && (
              <FilterTabs
                label={l.statusTabs}
                values={statusTabs}
                value={status}
                text={l.status}
                controls={listId}
                onChange={(value) => changeFilter({ status: value })}
              />
            )}
            {assigneeValues.length > 0 && (
              <FilterTabs
                label={l.assigneeTabs}
                values={assigneeValues}
                value={assignee}
                text={l.assignee}
                controls={listId}
                onChange={(value) => changeFilter({ assignee: value })}
              />
            )}
            {sortOptions.length > 0 && (
              <SortSelect
                options={sortOptions}
                value={sortBy}
                labels={l}
                onChange={(value) => changeFilter({ sortBy: value })}
              />
            )}
          </div>
        )}
      {loading ? <Loading labels={l} /> : count === 0 && !searching ? <Empty labels={l} /> : null}
      <div
        ref={view.ref}
        id={listId}
        role="listbox"
        aria-label={l.list}
        aria-activedescendant={activeRendered ? rowId(activeId) : undefined}
        aria-busy={loading || undefined}
        tabIndex={0}
        hidden={loading || count === 0}
        className="unilink-vlist unilink-conversation-list__scroller"
        onScroll={(event) => {
          view.onScroll();
          const element = event.currentTarget;
          const nearEnd =
            element.scrollTop + element.clientHeight >= element.scrollHeight - rowHeight * 3;
          if (!nearEnd) return;
          if (searching) {
            if (search.hasMore && !search.isLoading) void search.loadMore();
          } else if (autoLoad && listState.hasMore && !listState.isLoading) {
            loaders.loadMore(query);
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div className="unilink-vlist__canvas" role="none">
          <div className="unilink-vlist__window" role="none">
            {rows}
          </div>
        </div>
      </div>
    </div>
  );
}
