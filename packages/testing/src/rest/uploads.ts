import { PlatformError } from "../platform/errors";
import type { AttachmentRow } from "../platform/records";
import type { UploadedFile } from "./types";

function isUpload(value: unknown): value is UploadedFile {
  const file = value as Partial<UploadedFile> | null;
  return typeof file?.name === "string" && typeof file.size === "number";
}

function fileType(mime: string): AttachmentRow["fileType"] {
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("audio/")) return "audio";
  if (mime.startsWith("video/")) return "video";
  return "file";
}

/** The platform's limit for files on website inboxes. */
const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;

/** Document types website inboxes accept beside images, audio and video. */
const DOCUMENT_TYPES = new Set([
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
]);

/** The platform's attachment validation on website inboxes: a 422 for a big or unknown file. */
function checkUpload(file: UploadedFile): void {
  if (file.size > MAX_UPLOAD_BYTES) throw new PlatformError(422, "File size is too big");
  const type = (file.type ?? "").toLowerCase();
  const media = type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
  if (!media && !DOCUMENT_TYPES.has(type)) throw new PlatformError(422, "File type not supported");
}

/** The attachments of a message body (`attachments` of a multipart form), validated like the platform. */
export function attachmentsOf(body: Record<string, unknown>): Omit<AttachmentRow, "id">[] {
  const raw = body.attachments;
  const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(isUpload);
  for (const file of files) checkUpload(file);
  return files.map((file) => {
    const dot = file.name.lastIndexOf(".");
    return {
      fileType: fileType(file.type ?? ""),
      extension: dot > 0 ? file.name.slice(dot + 1) : null,
      fileSize: file.size,
      name: file.name,
    };
  });
}
