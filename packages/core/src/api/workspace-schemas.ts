import * as z from "zod/mini";
import { type Contact, ContactSchema } from "../schema/contact";
import { type Conversation, ConversationSchema } from "../schema/conversation";
import {
  type Agent,
  AgentSchema,
  type CannedResponse,
  CannedResponseSchema,
  type Label,
  LabelSchema,
} from "../schema/directory";
import { type Team, TeamSchema } from "../schema/team";

/** `GET .../agents`: a bare array of agents. */
export const AgentListSchema: z.ZodMiniType<Agent[]> = z.array(AgentSchema);

/** `GET .../teams`: a bare array of teams. */
export const TeamListSchema: z.ZodMiniType<Team[]> = z.array(TeamSchema);

/** `GET .../canned_responses`: a bare array. */
export const CannedResponseListSchema: z.ZodMiniType<CannedResponse[]> =
  z.array(CannedResponseSchema);

/** Unwraps `{payload: T}`, the envelope of labels, contacts and a contact's conversations. */
function payloadOf<T>(schema: z.ZodMiniType<T>): z.ZodMiniType<T> {
  return z.pipe(
    z.looseObject({ payload: schema }),
    z.transform((value) => value.payload),
  ) as unknown as z.ZodMiniType<T>;
}

/** `GET .../labels`: `{payload: [Label]}`. */
export const LabelListSchema: z.ZodMiniType<Label[]> = payloadOf(z.array(LabelSchema));

/** `POST .../conversations/{id}/labels`: `{payload: [title]}`, the labels it now carries. */
export const LabelTitlesSchema: z.ZodMiniType<string[]> = payloadOf(z.array(z.string()));

/** `GET|PATCH .../contacts/{id}`: `{payload: Contact}`. */
export const ContactEnvelopeSchema: z.ZodMiniType<Contact> = payloadOf(ContactSchema);

/** `GET .../contacts/{id}/conversations`: `{payload: [Conversation]}`. */
export const ContactConversationsSchema: z.ZodMiniType<Conversation[]> = payloadOf(
  z.array(ConversationSchema),
);

/** The answer of a team assignment: the team, or `null` when the team was removed. */
export const AssignedTeamSchema: z.ZodMiniType<Team | null> = z.pipe(
  z.nullish(TeamSchema),
  z.transform((value) => value ?? null),
);
