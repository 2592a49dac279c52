import type { Team } from "../team";
import { id, nullishString, objectOf } from "./fields";

/** Socket-path twin of `TeamSchema`. */
export const validateTeam = objectOf<Team>((out, input, issues) => {
  const next = id(out, input, "id", issues);
  nullishString(input, "name", issues);
  return next;
});
