import type { Contact } from "../contact";
import { boolean, id, nullish, record, type Shape, shape, string, timestamp } from "./fields";

/** The fields of `contactShape`. */
export const contactFields: Shape = {
  id,
  name: nullish(string),
  email: nullish(string),
  phone_number: nullish(string),
  identifier: nullish(string),
  thumbnail: nullish(string),
  additional_attributes: nullish(record),
  custom_attributes: nullish(record),
  blocked: nullish(boolean),
  type: nullish(string),
  last_activity_at: nullish(timestamp),
  created_at: nullish(timestamp),
  account_id: nullish(id),
};

/** Socket-path twin of `ContactSchema`. */
export const validateContact = shape<Contact>(contactFields);
