import type { Attachment } from "../attachment";
import {
  type Issues,
  id,
  isObject,
  notObject,
  nullishId,
  nullishNumber,
  nullishOpenString,
  nullishString,
  startObject,
} from "./fields";

/** Socket-path twin of `AttachmentSchema`. */
export function validateAttachment(input: unknown, issues: Issues): Attachment {
  if (!isObject(input)) {
    notObject(issues);
    return input as Attachment;
  }
  let out = id(startObject(input), input, "id", issues);
  out = nullishId(out, input, "message_id", issues);
  nullishOpenString(input, "file_type", issues);
  nullishString(input, "data_url", issues);
  nullishString(input, "thumb_url", issues);
  nullishNumber(input, "file_size", issues);
  nullishString(input, "extension", issues);
  out = nullishId(out, input, "account_id", issues);
  return out as Attachment;
}
