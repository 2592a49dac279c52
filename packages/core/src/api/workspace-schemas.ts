import type { Contact } from "../schema/contact";
import type { Conversation } from "../schema/conversation";
import type { Agent, CannedResponse, Label } from "../schema/directory";
import type { Team } from "../schema/team";
import { validateContact } from "../schema/validate/contact";
import { validateAgent, validateCannedResponse, validateLabel } from "../schema/validate/directory";
import { arrayOf, type Check, shape, validateStrings } from "../schema/validate/fields";
import { validateTeam } from "../schema/validate/team";
import { orElse, validateConversations } from "./schemas";

/** `GET .../agents`: a bare array of agents. */
export const validateAgentList: Check<Agent[]> = arrayOf(validateAgent);

/** `GET .../teams`: a bare array of teams. */
export const validateTeamList: Check<Team[]> = arrayOf(validateTeam);

/** `GET .../canned_responses`: a bare array. */
export const validateCannedResponseList: Check<CannedResponse[]> = arrayOf(validateCannedResponse);

/** Unwraps `{payload: T}`, the envelope of labels, contacts and a contact's conversations. */
function payloadOf<T>(check: Check<T>): Check<T> {
  const envelope = shape<{ payload: T }>({ payload: check });
  return (input, issues) => {
    const from = issues.length;
    const value = envelope(input, issues);
    return issues.length > from ? (value as T) : value.payload;
  };
}

/** `GET .../labels`: `{payload: [Label]}`. */
export const validateLabelList: Check<Label[]> = payloadOf(arrayOf(validateLabel));

/** `POST .../conversations/{id}/labels`: `{payload: [title]}`, the labels it now carries. */
export const validateLabelTitles: Check<string[]> = payloadOf(validateStrings);

/** `GET|PATCH .../contacts/{id}`: `{payload: Contact}`. */
export const validateContactEnvelope: Check<Contact> = payloadOf(validateContact);

/** `GET .../contacts/{id}/conversations`: `{payload: [Conversation]}`. */
export const validateContactConversations: Check<Conversation[]> = payloadOf(validateConversations);

/** The answer of a team assignment: the team, or `null` when the team was removed. */
export const validateAssignedTeam: Check<Team | null> = orElse(validateTeam, null);
