import type { Attachment } from "../attachment";
import { id, nullishId, nullishNumber, nullishOpenString, nullishString, objectOf } from "./fields";

/** Socket-path twin of `AttachmentSchema`. */
export const validateAttachment = objectOf<Attachment>((out, input, issues) => {
  let next = id(out, input, "id", issues);
  next = nullishId(next, input, "message_id", issues);
  nullishOpenString(input, "file_type", issues);
  nullishString(input, "data_url", issues);
  nullishString(input, "thumb_url", issues);
  nullishNumber(input, "file_size", issues);
  nullishString(input, "extension", issues);
  return nullishId(next, input, "account_id", issues);
});
