import type { Participant } from "../user";
import {
  type Issues,
  id,
  isObject,
  notObject,
  nullishOpenString,
  nullishString,
  startObject,
} from "./fields";

/** Socket-path twin of `ParticipantSchema`: a user, bot or contact (who wrote, types, is assigned). */
export function validateParticipant(input: unknown, issues: Issues): Participant {
  if (!isObject(input)) {
    notObject(issues);
    return input as Participant;
  }
  const out = id(startObject(input), input, "id", issues);
  nullishString(input, "name", issues);
  nullishString(input, "avatar_url", issues);
  nullishString(input, "thumbnail", issues);
  nullishString(input, "type", issues);
  nullishString(input, "available_name", issues);
  nullishOpenString(input, "availability_status", issues);
  return out as Participant;
}
