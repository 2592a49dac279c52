import type { Team } from "../team";
import { type Issues, id, isObject, notObject, nullishString, startObject } from "./fields";

/** Socket-path twin of `TeamSchema`. */
export function validateTeam(input: unknown, issues: Issues): Team {
  if (!isObject(input)) {
    notObject(issues);
    return input as Team;
  }
  const out = id(startObject(input), input, "id", issues);
  nullishString(input, "name", issues);
  return out as Team;
}
