import type { Participant } from "../user";
import { id, nullish, openString, shape, string } from "./fields";

/** Socket-path twin of `ParticipantSchema`: a user, bot or contact (who wrote, types, is assigned). */
export const validateParticipant = shape<Participant>({
  id,
  name: nullish(string),
  avatar_url: nullish(string),
  thumbnail: nullish(string),
  type: nullish(string),
  available_name: nullish(string),
  availability_status: nullish(openString),
});
