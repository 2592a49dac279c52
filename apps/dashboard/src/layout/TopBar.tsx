import type { Notification, Profile } from "@unilink/core";
import { Avatar, NotificationBell } from "@unilink/react";
import { UniLinkDevtools } from "@unilink/react/devtools";

/** Props of {@link TopBar}. */
interface TopBarProps {
  me: Profile;
  accountName: string;
  onOpenConversation: (id: number) => void;
}

/** Brand, notifications and the signed-in agent with their live presence. */
export function TopBar({ me, accountName, onOpenConversation }: TopBarProps) {
  const name = me.name ?? "You";
  const openNotification = (notification: Notification) => {
    const id = notification.primary_actor_id ?? notification.primary_actor?.id;
    if (typeof id === "number") onOpenConversation(id);
  };
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__logo" aria-hidden="true">
          ◆
        </span>
        <span>UniLink</span>
        <span className="topbar__account">{accountName}</span>
      </div>
      <div className="topbar__actions">
        {/* In the bar, clear of the composer; mounted from the start, so its log covers the whole page load. */}
        <UniLinkDevtools className="topbar__devtools" />
        <NotificationBell onSelect={openNotification} />
        <span className="topbar__me">
          <Avatar name={name} presence={{ userId: me.id }} size="sm" />
          <span className="topbar__name">{name}</span>
        </span>
      </div>
    </header>
  );
}
