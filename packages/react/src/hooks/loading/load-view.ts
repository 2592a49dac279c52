import type { LoadOutcome, UniLinkError } from "@unilink/core";

/**
 * The loading side of a view hook (`useConversations(query, { load })`,
 * `useMessages(id, { load })`): the store's load state for that collection,
 * plus the action that fetches more of it.
 */
export interface LoadView {
  /**
   * A request is running, or the hook is about to make its first one (so the
   * first render already shows a spinner instead of an empty list).
   */
  readonly isLoading: boolean;
  /** Why the last request failed; `null` after a success. */
  readonly error: UniLinkError | null;
  /** More can be fetched with `loadMore` (further pages, older messages). */
  readonly hasMore: boolean;
  /** At least one request succeeded. */
  readonly loaded: boolean;
  /**
   * Fetches the next page (the first one when nothing is loaded). Stable
   * while the hook's arguments are equal; never rejects.
   */
  readonly loadMore: () => Promise<LoadOutcome>;
}
