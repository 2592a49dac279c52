import type { StoredMessage } from "@unilink/core";
import { useEffect, useRef, useState } from "react";
import { displayName } from "../internal/participant";
import { roleOf, type Viewer } from "./direction";
import type { MessageListLabels } from "./labels";

const PREVIEW_LENGTH = 140;

function previewOf(message: StoredMessage, labels: MessageListLabels): string {
  const text = (message.content ?? "").replace(/\s+/g, " ").trim();
  if (!text) return labels.attachmentOnly;
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH)}…` : text;
}

function announcementOf(batch: readonly StoredMessage[], labels: MessageListLabels): string {
  const first = batch[0];
  if (!first) return "";
  const name = (message: StoredMessage) => displayName(message.sender) || labels.unknownSender;
  if (batch.length === 1) return labels.announceOne(name(first), previewOf(first, labels));
  const senders = [...new Set(batch.map(name))];
  return labels.announceMany(batch.length, senders);
}

/**
 * Text for a polite live region announcing messages that arrive while the
 * list is mounted and are newer than everything shown before (not the
 * history present at mount, not fetched pages, not the viewer's own). Arrivals within `delayMs` are batched into one
 * announcement, so a burst is read once.
 */
export function useArrivalAnnouncer(
  messages: readonly StoredMessage[],
  viewer: Viewer,
  labels: MessageListLabels,
  delayMs: number,
): string {
  const [text, setText] = useState("");
  const known = useRef<Set<string> | undefined>(undefined);
  const newest = useRef(Number.NEGATIVE_INFINITY);
  const queue = useRef<StoredMessage[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestLabels = useRef(labels);
  latestLabels.current = labels;

  useEffect(() => {
    const firstRun = known.current === undefined;
    const seen = known.current ?? new Set<string>();
    known.current = seen;
    // Pages fetched later (older history, gap fills) are not news: only what is newer than
    // everything already shown is. A second of slack covers events that arrive out of order.
    const threshold = newest.current - 1;
    for (const message of messages) {
      const key = String(message.id);
      if (seen.has(key)) continue;
      seen.add(key);
      newest.current = Math.max(newest.current, message.created_at);
      const isArrival = !firstRun && message.created_at >= threshold;
      if (!isArrival || roleOf(message, viewer) !== "incoming") continue;
      if (viewer === "contact" && message.private) continue;
      queue.current.push(message);
    }
    if (queue.current.length === 0 || timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      const batch = queue.current;
      queue.current = [];
      const next = announcementOf(batch, latestLabels.current);
      // The same words twice in a row would not be re-read: vary them invisibly.
      setText((previous) => (previous === next ? `${next}\u00a0` : next));
    }, delayMs);
  }, [messages, viewer, delayMs]);

  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
    },
    [],
  );
  return text;
}
