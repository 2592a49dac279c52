import type { Participant } from "../user";
import { id, nullishOpenString, nullishString, objectOf } from "./fields";

/** Socket-path twin of `ParticipantSchema`: a user, bot or contact (who wrote, types, is assigned). */
export const validateParticipant = objectOf<Participant>((out, input, issues) => {
  const next = id(out, input, "id", issues);
  nullishString(input, "name", issues);
  nullishString(input, "avatar_url", issues);
  nullishString(input, "thumbnail", issues);
  nullishString(input, "type", issues);
  nullishString(input, "available_name", issues);
  nullishOpenString(input, "availability_status", issues);
  return next;
});
