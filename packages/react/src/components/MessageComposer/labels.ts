import type { UniLinkError } from "@unilink/core";

/** Strings of the composer's attachments and saved replies (part of `MessageComposerLabels`). */
export interface ComposerAttachmentLabels {
  /** The attach button. */
  attach: string;
  /** Accessible name of the picked files. */
  files: string;
  /** Name of a file without one. */
  attachment: string;
  /** The remove button of a picked file. */
  removeFile: (name: string) => string;
  /** Shown while files are dragged over the composer. */
  dropHere: string;
  /** A picked file core would refuse (shown before sending; the message would fail with it). */
  invalidFile: (error: UniLinkError) => string;
  /** Accessible name of the saved replies list. */
  cannedResponses: string;
  /** Shown when no saved reply matches. */
  noCannedResponses: string;
}

/** English defaults of {@link ComposerAttachmentLabels}. */
export const defaultComposerAttachmentLabels: ComposerAttachmentLabels = {
  attach: "Attach files",
  files: "Files to send",
  attachment: "Attachment",
  removeFile: (name) => `Remove ${name}`,
  dropHere: "Drop files to attach them",
  invalidFile: (error) => attachmentErrorText(error),
  cannedResponses: "Saved replies",
  noCannedResponses: "No saved reply matches",
};

/** A sentence for core's attachment errors (`error.details.reason`), shared by composer and message list. */
export function attachmentErrorText(error: UniLinkError): string {
  const details = (error.details ?? {}) as { reason?: string; fileName?: string };
  const file = details.fileName ? `“${details.fileName}”` : "A file";
  switch (details.reason) {
    case "too_large":
      return `${file} is too large to send.`;
    case "unsupported_type":
      return `${file} is a type of file that cannot be sent.`;
    case "too_many":
      return "Too many files in one message.";
  }
  if (error.code === "cancelled") return "Upload cancelled.";
  return "The upload failed.";
}
