import type { Team } from "../team";
import { id, nullish, shape, string } from "./fields";

/** Socket-path twin of `TeamSchema`. */
export const validateTeam = shape<Team>({ id, name: nullish(string) });
