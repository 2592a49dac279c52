import type { Agent, CannedResponse, Label } from "../directory";
import { boolean, id, nullish, openString, shape, string } from "./fields";

/** Twin of `AgentSchema` (REST directory). */
export const validateAgent = shape<Agent>({
  id,
  name: nullish(string),
  available_name: nullish(string),
  email: nullish(string),
  role: nullish(openString),
  availability_status: nullish(string),
  thumbnail: nullish(string),
  account_id: nullish(id),
  confirmed: nullish(boolean),
});

/** Twin of `LabelSchema` (REST directory). */
export const validateLabel = shape<Label>({
  id,
  title: string,
  description: nullish(string),
  color: nullish(string),
  show_on_sidebar: nullish(boolean),
});

/** Twin of `CannedResponseSchema` (REST directory). */
export const validateCannedResponse = shape<CannedResponse>({
  id,
  short_code: string,
  content: string,
  account_id: nullish(id),
});
