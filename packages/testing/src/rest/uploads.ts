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

/** The attachments of a message body (`attachments` of a multipart form). */
export function attachmentsOf(body: Record<string, unknown>): Omit<AttachmentRow, "id">[] {
  const raw = body.attachments;
  const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(isUpload);
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
