import type { StoredMessage } from "@unilink/core";
import { memo } from "react";
import { counters } from "./counters";

/** One message of the open thread; memoized on the message object, as apps do. */
export const MessageBubble = memo(function MessageBubble({ message }: { message: StoredMessage }) {
  counters.renders++;
  return (
    <li>
      {message.content} · {message.status}
    </li>
  );
});
