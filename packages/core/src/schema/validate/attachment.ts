import type { Attachment } from "../attachment";
import { id, nullish, number, openString, shape, string } from "./fields";

/** Socket-path twin of `AttachmentSchema`. */
export const validateAttachment = shape<Attachment>({
  id,
  message_id: nullish(id),
  file_type: nullish(openString),
  data_url: nullish(string),
  thumb_url: nullish(string),
  file_size: nullish(number),
  extension: nullish(string),
  account_id: nullish(id),
});
