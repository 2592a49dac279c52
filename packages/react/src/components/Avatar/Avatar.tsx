import type { PresenceTarget } from "@unilink/core";
import { type ComponentType, useState } from "react";
import { stripBidiControls } from "../../content/bidi";
import { safeUrl } from "../../content/safe-url";
import { cx } from "../internal/cx";
import { initials } from "../internal/participant";
import { PresenceBadge, type PresenceBadgeLabels, type PresenceBadgeProps } from "./PresenceBadge";

/** Inner parts of {@link Avatar} an app may replace. */
export interface AvatarComponents {
  /** The presence dot. */
  Presence: ComponentType<PresenceBadgeProps>;
  /** Shown when there is no usable picture; gets the initials. */
  Fallback: ComponentType<{ initials: string }>;
}

/** Props of {@link Avatar}. */
export interface AvatarProps {
  /** The person's display name (for initials and the image's alt text). */
  name: string;
  /** Picture URL; ignored unless it is an http(s) URL. */
  src?: string | null;
  /** Show a live presence dot for this person. */
  presence?: PresenceTarget;
  /** `sm` (24px), `md` (36px, default), `lg` (48px); sizes are CSS variables. */
  size?: "sm" | "md" | "lg";
  /** Extra class on the root. */
  className?: string;
  /** Strings of the presence badge. */
  labels?: Partial<PresenceBadgeLabels>;
  /** Replace inner parts. */
  components?: Partial<AvatarComponents>;
}

/**
 * A round picture, or initials when there is no (loadable, safe) picture,
 * with an optional live {@link PresenceBadge}. The picture is decorative:
 * the name is always rendered next to it by the components that use it.
 *
 * @example
 * <Avatar name="Ana Diaz" src={agent.thumbnail} presence={{ userId: agent.id }} />
 */
export function Avatar({
  name,
  src,
  presence,
  size = "md",
  className,
  labels,
  components,
}: AvatarProps) {
  const Presence = components?.Presence ?? PresenceBadge;
  const Fallback = components?.Fallback;
  const url = safeUrl(src, "media");
  const [broken, setBroken] = useState<string | undefined>(undefined);
  const showImage = url !== undefined && broken !== url;
  return (
    <span className={cx("unilink-avatar", `unilink-avatar--${size}`, className)}>
      {showImage ? (
        <img
          className="unilink-avatar__image"
          src={url}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setBroken(url)}
        />
      ) : (
        <span className="unilink-avatar__initials" aria-hidden="true">
          {Fallback ? (
            <Fallback initials={initials(stripBidiControls(name)) || "?"} />
          ) : (
            initials(stripBidiControls(name)) || "?"
          )}
        </span>
      )}
      {presence && (
        <Presence target={presence} className="unilink-avatar__presence" labels={labels} />
      )}
    </span>
  );
}
