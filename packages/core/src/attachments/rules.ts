import { UniLinkError } from "../errors";
import type { PendingAttachment } from "../store/pending-attachment";

/** What files a message may carry. */
export interface AttachmentRules {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most files on one message. */
  maxFiles: number;
  /** Accepted types: MIME types (`text/plain`), wildcards (`image/*`, `*`) or extensions (`.pdf`). */
  accept: readonly string[];
}

/**
 * The platform's own limits: 40 MB a file, media of any kind, and the
 * document types it accepts (the server refuses others on website inboxes).
 */
export const DEFAULT_ATTACHMENT_RULES: Readonly<AttachmentRules> = Object.freeze({
  maxBytes: 40 * 1024 * 1024,
  maxFiles: 15,
  accept: Object.freeze([
    "image/*",
    "audio/*",
    "video/*",
    ".3gpp",
    "text/csv",
    "text/plain",
    "text/rtf",
    "application/json",
    "application/pdf",
    "application/zip",
    "application/x-7z-compressed",
    "application/vnd.rar",
    "application/x-tar",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/rtf",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ]),
});

/** A file's name: `File.name`, or `"file"` for a Blob without one. */
export function fileNameOf(file: Blob): string {
  const name = (file as { name?: unknown }).name;
  return typeof name === "string" && name !== "" ? name : "file";
}

function accepts(accept: readonly string[], file: Blob): boolean {
  const type = file.type.toLowerCase();
  const name = fileNameOf(file).toLowerCase();
  return accept.some((rule) => {
    const wanted = rule.trim().toLowerCase();
    if (wanted === "*" || wanted === "*/*") return true;
    if (wanted.startsWith(".")) return name.endsWith(wanted);
    if (wanted.endsWith("/*")) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

function refuse(
  reason: "too_large" | "unsupported_type" | "too_many",
  message: string,
  details: { fileName?: string; size?: number; limit?: number },
): UniLinkError {
  return new UniLinkError("attachment", message, { reason, ...details });
}

/**
 * Why these files cannot be sent, or `undefined` when they can: too many
 * files, a file over `maxBytes`, or a type `accept` does not list. An
 * `attachment` error (`details.reason`, `details.fileName`).
 *
 * @example
 * const error = validateAttachments(input.files);
 * if (error) showError(error.message);
 */
export function validateAttachments(
  files: readonly Blob[],
  rules: Partial<AttachmentRules> = {},
): UniLinkError | undefined {
  const { maxBytes, maxFiles, accept } = { ...DEFAULT_ATTACHMENT_RULES, ...rules };
  if (files.length > maxFiles) {
    return refuse("too_many", `At most ${maxFiles} files can be sent at once`, {
      size: files.length,
      limit: maxFiles,
    });
  }
  for (const file of files) {
    const fileName = fileNameOf(file);
    if (file.size > maxBytes) {
      const mb = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
      return refuse("too_large", `${fileName} is larger than ${mb} MB`, {
        fileName,
        size: file.size,
        limit: maxBytes,
      });
    }
    if (!accepts(accept, file)) {
      return refuse("unsupported_type", `${fileName}: this type of file cannot be sent`, {
        fileName,
        size: file.size,
      });
    }
  }
  return undefined;
}

/** How the platform will classify a file, from its MIME type. */
export function fileTypeOf(file: Blob): PendingAttachment["fileType"] {
  const type = file.type.toLowerCase();
  if (type.startsWith("image/")) return "image";
  if (type.startsWith("audio/")) return "audio";
  if (type.startsWith("video/")) return "video";
  return "file";
}

/** The pending message's view of files about to be sent. */
export function toPendingAttachments(files: readonly Blob[]): PendingAttachment[] {
  return files.map((file) => ({
    name: fileNameOf(file),
    size: file.size,
    type: file.type,
    fileType: fileTypeOf(file),
    file,
  }));
}
