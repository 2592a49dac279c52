import type { Agent, CannedResponse, Label } from "../directory";
import {
  type Issues,
  id,
  isObject,
  notObject,
  nullishBoolean,
  nullishId,
  nullishOpenString,
  nullishString,
  requiredString,
  startObject,
} from "./fields";

/** Twin of `AgentSchema` (REST directory). */
export function validateAgent(input: unknown, issues: Issues): Agent {
  if (!isObject(input)) {
    notObject(issues);
    return input as Agent;
  }
  const out = id(startObject(input), input, "id", issues);
  nullishString(input, "name", issues);
  nullishString(input, "available_name", issues);
  nullishString(input, "email", issues);
  nullishOpenString(input, "role", issues);
  nullishString(input, "availability_status", issues);
  nullishString(input, "thumbnail", issues);
  const next = nullishId(out, input, "account_id", issues);
  nullishBoolean(input, "confirmed", issues);
  return next as Agent;
}

/** Twin of `LabelSchema` (REST directory). */
export function validateLabel(input: unknown, issues: Issues): Label {
  if (!isObject(input)) {
    notObject(issues);
    return input as Label;
  }
  const out = id(startObject(input), input, "id", issues);
  requiredString(input, "title", issues);
  nullishString(input, "description", issues);
  nullishString(input, "color", issues);
  nullishBoolean(input, "show_on_sidebar", issues);
  return out as Label;
}

/** Twin of `CannedResponseSchema` (REST directory). */
export function validateCannedResponse(input: unknown, issues: Issues): CannedResponse {
  if (!isObject(input)) {
    notObject(issues);
    return input as CannedResponse;
  }
  const out = id(startObject(input), input, "id", issues);
  requiredString(input, "short_code", issues);
  requiredString(input, "content", issues);
  return nullishId(out, input, "account_id", issues) as CannedResponse;
}
