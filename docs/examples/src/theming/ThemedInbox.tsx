import { ConversationList, MessageComposer, MessageList } from "@unilink/react";
import { useState } from "react";
import "@unilink/react/styles.css";
import "./brand-theme.css";

type Theme = "light" | "dark" | "system";

/** A theme switch and a writing direction for the drop-in components. */
export function ThemedInbox({ me, locale }: { me: number; locale: string }) {
  const [theme, setTheme] = useState<Theme>("system");
  const [openId, setOpenId] = useState<number>();
  // Logical CSS properties only: dir="rtl" mirrors every component.
  const dir = ["ar", "he", "fa", "ur"].includes(locale.split("-")[0] ?? "") ? "rtl" : "ltr";
  return (
    <div
      // "system" leaves the attribute off, so the OS preference decides.
      data-unilink-theme={theme === "system" ? undefined : theme}
      dir={dir}
      className="inbox"
    >
      <select
        aria-label="Theme"
        value={theme}
        onChange={(event) => setTheme(event.target.value as Theme)}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
      <ConversationList filter={{ meUserId: me }} selectedId={openId} onSelect={setOpenId} />
      {openId !== undefined && (
        <>
          <MessageList conversationId={openId} />
          <MessageComposer conversationId={openId} allowPrivate />
        </>
      )}
    </div>
  );
}
