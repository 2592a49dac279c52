import { stripBidiControls } from "../../content/bidi";
import { formatFileSize } from "../internal/file-size";
import { useObjectUrl } from "../internal/use-object-url";
import type { ComposerAttachmentLabels as MessageComposerLabels } from "./labels";

/** Props of {@link AttachmentTray}. */
export interface AttachmentTrayProps {
  /** Files picked or dropped, not sent yet. */
  files: readonly File[];
  /** Removes one. */
  onRemove: (file: File) => void;
  /** Strings. */
  labels: MessageComposerLabels;
}

function FilePreview({
  file,
  onRemove,
  labels,
}: {
  file: File;
  onRemove: () => void;
  labels: MessageComposerLabels;
}) {
  const isImage = file.type.startsWith("image/");
  const url = useObjectUrl(isImage ? file : undefined);
  const name = stripBidiControls(file.name) || labels.attachment;
  return (
    <li className="unilink-composer__file">
      {url ? (
        <img className="unilink-composer__thumb" src={url} alt="" />
      ) : (
        <span className="unilink-composer__file-icon" aria-hidden="true">
          📄
        </span>
      )}
      <span className="unilink-composer__file-name" dir="auto">
        {name}
      </span>
      <span className="unilink-composer__file-size">{formatFileSize(file.size)}</span>
      <button
        type="button"
        className="unilink-composer__file-remove"
        aria-label={labels.removeFile(name)}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

/** The files about to be sent: a preview of each (images as thumbnails) and a remove button. */
export function AttachmentTray({ files, onRemove, labels }: AttachmentTrayProps) {
  if (files.length === 0) return null;
  return (
    <ul className="unilink-composer__files" aria-label={labels.files}>
      {files.map((file, index) => (
        <FilePreview
          // Two picks of the same file are two attachments.
          // biome-ignore lint/suspicious/noArrayIndexKey: files have no id; the index is the identity here
          key={`${index}-${file.name}`}
          file={file}
          labels={labels}
          onRemove={() => onRemove(file)}
        />
      ))}
    </ul>
  );
}
