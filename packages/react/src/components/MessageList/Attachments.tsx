import type { Attachment } from "@unilink/core";
import type { ComponentType, ReactNode } from "react";
import { stripBidiControls } from "../../content/bidi";
import { safeUrl } from "../../content/safe-url";
import { cx } from "../internal/cx";
import { formatFileSize } from "../internal/file-size";
import type { AttachmentLabels } from "./labels";

/** Props of one attachment (the default renderer, or `components.Attachment`). */
export interface AttachmentViewProps {
  /** The attachment as received. */
  attachment: Attachment;
  /** Strings. */
  labels: AttachmentLabels;
}

function fileName(url: string, fallback: string): string {
  try {
    const last = new URL(url, "https://unilink.invalid/").pathname.split("/").pop() ?? "";
    return stripBidiControls(decodeURIComponent(last)) || fallback;
  } catch {
    return fallback;
  }
}

function ExternalLink({
  href,
  className,
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function LocationView({ attachment, labels }: AttachmentViewProps) {
  const lat = Number(attachment.coordinates_lat);
  const long = Number(attachment.coordinates_long);
  const title =
    typeof attachment.fallback_title === "string" && attachment.fallback_title
      ? stripBidiControls(attachment.fallback_title)
      : labels.location;
  const hasCoordinates = Number.isFinite(lat) && Number.isFinite(long) && (lat !== 0 || long !== 0);
  const href =
    safeUrl(attachment.data_url, "media") ??
    (hasCoordinates ? `https://www.openstreetmap.org/?mlat=${lat}&mlon=${long}` : undefined);
  const text = hasCoordinates ? `${title} (${lat.toFixed(5)}, ${long.toFixed(5)})` : title;
  return href ? (
    <ExternalLink className="unilink-attachment__link" href={href}>
      📍 {text}
    </ExternalLink>
  ) : (
    <span className="unilink-attachment__link">📍 {text}</span>
  );
}

// User uploads come without caption tracks: there is nothing to put in <track>.
function MediaPlayer({ type, url }: { type: "audio" | "video"; url: string }) {
  if (type === "audio") {
    // biome-ignore lint/a11y/useMediaCaption: no captions exist for uploaded audio
    return <audio className="unilink-attachment__audio" src={url} controls preload="metadata" />;
  }
  // biome-ignore lint/a11y/useMediaCaption: no captions exist for uploaded video
  return <video className="unilink-attachment__video" src={url} controls preload="metadata" />;
}

/**
 * One attachment: an image (thumbnail linking to the full file), an audio
 * or video player, a location, or a file link. Every URL goes through
 * `safeUrl(url, "media")` (http/https only); an unsafe or missing one shows
 * "Attachment unavailable" instead of a link.
 */
export function AttachmentView({ attachment, labels }: AttachmentViewProps) {
  const type = attachment.file_type ?? "file";
  if (type === "location") return <LocationView attachment={attachment} labels={labels} />;
  const url = safeUrl(attachment.data_url, "media");
  if (!url) return <span className="unilink-attachment__unavailable">{labels.unavailable}</span>;
  const name = fileName(url, labels.file);
  if (type === "image") {
    const thumb = safeUrl(attachment.thumb_url, "media") ?? url;
    return (
      <ExternalLink className="unilink-attachment__image-link" href={url}>
        <img
          className="unilink-attachment__image"
          src={thumb}
          alt={labels.image}
          loading="lazy"
          referrerPolicy="no-referrer"
        />
      </ExternalLink>
    );
  }
  if (type === "audio" || type === "video") {
    return (
      <span className="unilink-attachment__media">
        <MediaPlayer type={type === "audio" ? "audio" : "video"} url={url} />
        <ExternalLink className="unilink-attachment__link" href={url}>
          {labels.download}: {name}
        </ExternalLink>
      </span>
    );
  }
  const size = formatFileSize(attachment.file_size);
  return (
    <ExternalLink className="unilink-attachment__link unilink-attachment__file" href={url}>
      📎 <bdi>{name}</bdi>
      {size && <span className="unilink-attachment__size"> · {size}</span>}
    </ExternalLink>
  );
}

/** The attachments of one message, each in a `unilink-attachment--<type>` box. */
export function Attachments({
  attachments,
  labels,
  View = AttachmentView,
}: {
  attachments: readonly Attachment[];
  labels: AttachmentLabels;
  View?: ComponentType<AttachmentViewProps>;
}) {
  if (attachments.length === 0) return null;
  return (
    <div className="unilink-attachments">
      {attachments.map((attachment) => (
        <div
          key={attachment.id}
          className={cx(
            "unilink-attachment",
            `unilink-attachment--${attachment.file_type ?? "file"}`,
          )}
        >
          <View attachment={attachment} labels={labels} />
        </div>
      ))}
    </div>
  );
}
