import type { FactoryContext } from "./context";
import type { AttachmentPayload } from "./types";

/** Builds an attachment (an image unless `file_type` is overridden). */
export function buildAttachmentWith(
  ctx: FactoryContext,
  overrides: Partial<AttachmentPayload> = {},
): AttachmentPayload {
  const id = ctx.nextId("attachment");
  const fileType = overrides.file_type ?? "image";
  const extension = fileType === "image" ? "png" : fileType === "audio" ? "mp3" : "pdf";
  const url = `https://files.example.com/attachments/${id}.${extension}`;
  return {
    id,
    message_id: 0,
    file_type: fileType,
    account_id: ctx.accountId,
    extension,
    data_url: url,
    thumb_url: fileType === "image" ? `${url}?thumb=1` : "",
    file_size: ctx.random.int(1_000, 2_000_000),
    width: fileType === "image" ? 800 : null,
    height: fileType === "image" ? 600 : null,
    ...overrides,
  };
}
