import type { ConversationListFilter, ConversationStatus } from "@unilink/core";
import { defaultPriorityLabels, type PriorityLabels } from "../Priority/labels";

/** Which assignee tab is active. */
export type AssigneeTab = "me" | "unassigned" | "all";

/** An order the list can be sorted in. */
export type ConversationSort = NonNullable<ConversationListFilter["sortBy"]>;

/** Which status tab is active. */
export type StatusTab = ConversationStatus | "all";

/** Every visible or announced string of {@link ConversationList}. */
export interface ConversationListLabels {
  /** Accessible name of the list. */
  list: string;
  /** Accessible name of the status tabs. */
  statusTabs: string;
  /** Accessible name of the assignee tabs. */
  assigneeTabs: string;
  /** Text of each status tab. */
  status: (status: StatusTab) => string;
  /** Text of each assignee tab. */
  assignee: (tab: AssigneeTab) => string;
  /** Shown while `loading`. */
  loading: string;
  /** Shown when no conversation matches. */
  empty: string;
  /** Name shown when the contact has none. */
  unknownContact: string;
  /** Preview of a conversation without messages. */
  noMessages: string;
  /** Preview of a deleted last message. */
  deletedMessage: string;
  /** Preview of a last message that only has attachments. */
  attachment: (fileType: string) => string;
  /** Prefix of a private note preview. */
  privateNote: string;
  /** Accessible text of the unread badge. */
  unread: (count: number) => string;
  /** Typing hint in a row. */
  typing: string;
  /** Accessible name of the search field. */
  search: string;
  /** Its placeholder. */
  searchPlaceholder: string;
  /** Shown while the first results load. */
  searching: string;
  /** Announces how many conversations matched. */
  results: (count: number, text: string) => string;
  /** Label of the "Sort by" menu. */
  sortBy: string;
  /** Text of each order. */
  sort: (sort: ConversationSort) => string;
  /** Accessible name of a row's label chips. */
  labelList: string;
  /** Priority names on rows. */
  priority: PriorityLabels;
}

const STATUS: Record<string, string> = {
  open: "Open",
  pending: "Pending",
  snoozed: "Snoozed",
  resolved: "Resolved",
  all: "All",
};

const SORT: Record<string, string> = {
  last_activity_at: "Latest activity",
  priority: "Priority",
  waiting_since: "Waiting longest",
  created_at: "Oldest first",
};

const ATTACHMENT: Record<string, string> = {
  image: "📷 Photo",
  audio: "🎵 Audio",
  video: "🎬 Video",
  location: "📍 Location",
};

/** English defaults of {@link ConversationListLabels}. */
export const defaultConversationListLabels: ConversationListLabels = {
  list: "Conversations",
  statusTabs: "Conversation status",
  assigneeTabs: "Assignee",
  status: (status) => STATUS[status] ?? status,
  assignee: (tab) => (tab === "me" ? "Mine" : tab === "unassigned" ? "Unassigned" : "All"),
  loading: "Loading conversations…",
  empty: "No conversations here yet.",
  unknownContact: "Unknown contact",
  noMessages: "No messages yet",
  deletedMessage: "Message deleted",
  attachment: (fileType) => ATTACHMENT[fileType] ?? "📎 File",
  privateNote: "Private note:",
  unread: (count) => `${count} unread`,
  typing: "typing…",
  search: "Search conversations",
  searchPlaceholder: "Search messages…",
  searching: "Searching…",
  results: (count, text) =>
    count === 0
      ? `No conversation matches “${text}”`
      : `${count} conversation${count === 1 ? "" : "s"} match “${text}”`,
  sortBy: "Sort by",
  sort: (sort) => SORT[sort] ?? sort,
  labelList: "Labels",
  priority: defaultPriorityLabels,
};
