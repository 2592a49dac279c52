import * as z from "zod/mini";
import { IdSchema, openString } from "./primitives";

/** What an attachment holds. */
export type AttachmentFileType =
  | "image"
  | "audio"
  | "video"
  | "file"
  | "location"
  | "fallback"
  | (string & {});

/** A file attached to a message. Unknown fields are kept. */
export interface Attachment {
  /** Attachment id. */
  id: number;
  /** The message it belongs to. */
  message_id?: number | null;
  /** Kind of file. */
  file_type?: AttachmentFileType | null;
  /** Download URL. */
  data_url?: string | null;
  /** Thumbnail URL (images, videos). */
  thumb_url?: string | null;
  /** Size in bytes. */
  file_size?: number | null;
  /** File extension, without the dot. */
  extension?: string | null;
  /** Account id. */
  account_id?: number | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates and normalizes an {@link Attachment}. */
export const AttachmentSchema: z.ZodMiniType<Attachment> = z.looseObject({
  id: IdSchema,
  message_id: z.nullish(IdSchema),
  file_type: z.nullish(openString<AttachmentFileType>()),
  data_url: z.nullish(z.string()),
  thumb_url: z.nullish(z.string()),
  file_size: z.nullish(z.number()),
  extension: z.nullish(z.string()),
  account_id: z.nullish(IdSchema),
});
