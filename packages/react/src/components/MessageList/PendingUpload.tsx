import type { PendingAttachment, PendingMessage } from "@unilink/core";
import { stripBidiControls } from "../../content/bidi";
import { usePendingMessageActions } from "../../hooks/actions/use-pending-message-actions";
import { formatFileSize } from "../internal/file-size";
import { useObjectUrl } from "../internal/use-object-url";
import { attachmentErrorText } from "../MessageComposer/labels";
import type { MessageListLabels } from "./labels";

/** Props of {@link PendingUpload}. */
export interface PendingUploadProps {
  /** A message the server has not confirmed yet. */
  message: PendingMessage;
  /** Strings. */
  labels: MessageListLabels;
}

function LocalPreview({
  attachment,
  labels,
}: {
  attachment: PendingAttachment;
  labels: MessageListLabels;
}) {
  const url = useObjectUrl(attachment.fileType === "image" ? attachment.file : undefined);
  const name = stripBidiControls(attachment.name) || labels.attachment.file;
  return (
    <li className="unilink-upload__file">
      {url ? (
        <img className="unilink-upload__thumb" src={url} alt={name} />
      ) : (
        <span className="unilink-upload__icon" aria-hidden="true">
          📄
        </span>
      )}
      <span className="unilink-upload__name" dir="auto">
        {name}
      </span>
      <span className="unilink-upload__size">{formatFileSize(attachment.size)}</span>
    </li>
  );
}

/**
 * The files of a message still on its way: local previews, upload progress
 * with a Cancel button, and on failure the reason (too large, unknown type,
 * upload failed, cancelled) with Discard. Retry is the status line's.
 */
export function PendingUpload({ message, labels }: PendingUploadProps) {
  const { cancel, discard } = usePendingMessageActions();
  const attachments = message.files ?? [];
  if (attachments.length === 0) return null;
  const upload = message.upload;
  const failed = message.status === "failed";
  const percent = upload && upload.total > 0 ? Math.round((upload.loaded / upload.total) * 100) : 0;
  return (
    <div className="unilink-upload">
      <ul className="unilink-upload__files">
        {attachments.map((attachment, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: pending files have no id; order is fixed
          <LocalPreview key={index} attachment={attachment} labels={labels} />
        ))}
      </ul>
      {!failed && (
        <div className="unilink-upload__progress">
          <progress
            max={100}
            value={percent}
            aria-label={labels.uploadProgress}
            aria-valuetext={labels.uploaded(percent)}
          />
          <button type="button" className="unilink-button" onClick={() => cancel(message.echo_id)}>
            {labels.cancelUpload}
          </button>
        </div>
      )}
      {failed && (
        <div className="unilink-upload__error">
          <p role="alert">
            {message.error ? attachmentErrorText(message.error) : labels.uploadFailed}
          </p>
          <button type="button" className="unilink-button" onClick={() => discard(message.echo_id)}>
            {labels.discard}
          </button>
        </div>
      )}
    </div>
  );
}
