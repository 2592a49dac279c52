import { selectListLoadState, selectResyncState, type UniLinkState } from "@unilink/core";
import { useUniLinkStore } from "@unilink/react";
import { shallow } from "zustand/shallow";

// Selectors defined outside the component are created once; inline arrows work too.
const unassignedCount = (state: UniLinkState) =>
  Object.values(state.conversations).filter(
    (conversation) => conversation.status === "open" && !conversation.meta?.assignee,
  ).length;

/** A number: compared with Object.is, so it re-renders only when the count changes. */
export function UnassignedBadge() {
  const count = useUniLinkStore(unassignedCount);
  return count > 0 ? <span className="badge">{count} waiting</span> : null;
}

/**
 * A new array on every call: without an equality function React would see a
 * new snapshot after every store update. `shallow` compares the items.
 */
export function LabelFilter() {
  const labels = useUniLinkStore(
    (state) => [...new Set(Object.values(state.conversations).flatMap((c) => c.labels ?? []))],
    shallow,
  );
  return (
    <select aria-label="Label">
      {labels.map((label) => (
        <option key={label}>{label}</option>
      ))}
    </select>
  );
}

/** Core's sync selectors return stored objects, so no equality function is needed. */
export function ListSpinner() {
  const list = useUniLinkStore((state) => selectListLoadState(state, { status: "open" }));
  const resync = useUniLinkStore(selectResyncState);
  if (list.isLoading) return <p role="status">Loading conversations…</p>;
  if (list.error) return <p role="alert">Could not load conversations: {list.error.message}</p>;
  return resync.status === "failed" ? <p role="alert">Some updates may be missing.</p> : null;
}
