import type { Agent, CannedResponse, Label } from "../directory";
import {
  id,
  nullishBoolean,
  nullishId,
  nullishOpenString,
  nullishString,
  objectOf,
  requiredString,
} from "./fields";

/** Twin of `AgentSchema` (REST directory). */
export const validateAgent = objectOf<Agent>((out, input, issues) => {
  let next = id(out, input, "id", issues);
  nullishString(input, "name", issues);
  nullishString(input, "available_name", issues);
  nullishString(input, "email", issues);
  nullishOpenString(input, "role", issues);
  nullishString(input, "availability_status", issues);
  nullishString(input, "thumbnail", issues);
  next = nullishId(next, input, "account_id", issues);
  nullishBoolean(input, "confirmed", issues);
  return next;
});

/** Twin of `LabelSchema` (REST directory). */
export const validateLabel = objectOf<Label>((out, input, issues) => {
  const next = id(out, input, "id", issues);
  requiredString(input, "title", issues);
  nullishString(input, "description", issues);
  nullishString(input, "color", issues);
  nullishBoolean(input, "show_on_sidebar", issues);
  return next;
});

/** Twin of `CannedResponseSchema` (REST directory). */
export const validateCannedResponse = objectOf<CannedResponse>((out, input, issues) => {
  const next = id(out, input, "id", issues);
  requiredString(input, "short_code", issues);
  requiredString(input, "content", issues);
  return nullishId(next, input, "account_id", issues);
});
