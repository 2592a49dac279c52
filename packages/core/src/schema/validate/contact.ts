import type { Contact } from "../contact";
import {
  type Issues,
  id,
  type Loose,
  nullishBoolean,
  nullishId,
  nullishRecord,
  nullishString,
  nullishTimestamp,
  objectOf,
} from "./fields";

/** The fields of `contactShape`, checked on `input` and converted into `out`. */
export function contactFields(out: Loose, input: Loose, issues: Issues): Loose {
  let next = id(out, input, "id", issues);
  nullishString(input, "name", issues);
  nullishString(input, "email", issues);
  nullishString(input, "phone_number", issues);
  nullishString(input, "identifier", issues);
  nullishString(input, "thumbnail", issues);
  next = nullishRecord(next, input, "additional_attributes", issues);
  next = nullishRecord(next, input, "custom_attributes", issues);
  nullishBoolean(input, "blocked", issues);
  nullishString(input, "type", issues);
  next = nullishTimestamp(next, input, "last_activity_at", issues);
  next = nullishTimestamp(next, input, "created_at", issues);
  return nullishId(next, input, "account_id", issues);
}

/** Socket-path twin of `ContactSchema`. */
export const validateContact = objectOf<Contact>(contactFields);
