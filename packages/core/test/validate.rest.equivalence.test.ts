import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  validateAssignee,
  validateContactSession,
  validateConversationListPage,
  validateConversations,
  validateMessagePage,
  validateMessages,
  validateNotificationPage,
  validateProfile,
  validateToggleStatus,
} from "../src/api/schemas";
import {
  validateAgentList,
  validateAssignedTeam,
  validateCannedResponseList,
  validateContactConversations,
  validateContactEnvelope,
  validateLabelList,
  validateLabelTitles,
  validateTeamList,
} from "../src/api/workspace-schemas";
import { ContactSchema } from "../src/schema/contact";
import { ConversationSchema } from "../src/schema/conversation";
import { AgentSchema, CannedResponseSchema, LabelSchema } from "../src/schema/directory";
import { MessageSchema } from "../src/schema/message";
import { NotificationSchema } from "../src/schema/notification";
import { IdSchema, LooseRecordSchema } from "../src/schema/primitives";
import { TeamSchema } from "../src/schema/team";
import { ParticipantSchema } from "../src/schema/user";
import type { Check } from "../src/schema/validate";
import {
  assertAgreement,
  bool,
  contact,
  conversation,
  type Gen,
  id,
  list,
  message,
  notification,
  num,
  object,
  participant,
  type Reference,
  record,
  str,
  team,
} from "./fixtures/validation-arbitraries";

/**
 * REST answers are validated by hand-written validators too (the REST client
 * pulls no zod). These zod schemas are what the client used before: the
 * reference the validators must agree with, payload for payload.
 */
const count = z.nullish(z.number());
const dataPage = <M extends z.ZodMiniType, P extends z.ZodMiniType>(meta: M, payload: P) =>
  z.pipe(
    z.looseObject({ data: z.looseObject({ meta: z.nullish(meta), payload }) }),
    z.transform((value) => ({ meta: value.data.meta ?? {}, payload: value.data.payload })),
  );
const payloadOf = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.looseObject({ payload: schema }),
    z.transform((value) => value.payload),
  );
const orNull = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.nullish(schema),
    z.transform((value) => value ?? null),
  );

const label = object({ id, title: str }, { description: str, color: str, show_on_sidebar: bool });
const agent = object(
  { id },
  {
    name: str,
    available_name: str,
    email: str,
    role: fc.constantFrom("agent", "administrator"),
    availability_status: str,
    thumbnail: str,
    account_id: id,
    confirmed: bool,
  },
);
const cannedResponse = object({ id, short_code: str, content: str }, { account_id: id });
const page = (meta: Gen, payload: Gen) => object({ data: object({ payload }, { meta }) });

const cases: [string, Reference, Check<unknown>, Gen][] = [
  [
    "profile",
    z.looseObject({
      id: IdSchema,
      pubsub_token: z.string(),
      name: z.nullish(z.string()),
      email: z.nullish(z.string()),
      accounts: z.nullish(z.array(z.looseObject({ id: IdSchema }))),
    }),
    validateProfile,
    object({ id, pubsub_token: str }, { name: str, email: str, accounts: list(object({ id })) }),
  ],
  [
    "conversation list page",
    dataPage(
      z.looseObject({
        mine_count: count,
        assigned_count: count,
        unassigned_count: count,
        all_count: count,
      }),
      z.array(ConversationSchema),
    ),
    validateConversationListPage,
    page(object({}, { mine_count: num, all_count: num }), list(conversation)),
  ],
  [
    "message page",
    z.pipe(
      z.looseObject({ meta: z.nullish(LooseRecordSchema), payload: z.array(MessageSchema) }),
      z.transform((value) => ({ meta: value.meta ?? {}, payload: value.payload })),
    ),
    validateMessagePage,
    object({ payload: list(message) }, { meta: record }),
  ],
  ["messages", z.array(MessageSchema), validateMessages, list(message)],
  ["conversations", z.array(ConversationSchema), validateConversations, list(conversation)],
  [
    "notification page",
    dataPage(z.looseObject({ unread_count: count, count }), z.array(NotificationSchema)),
    validateNotificationPage,
    page(object({}, { unread_count: num, count: num }), list(notification)),
  ],
  [
    "contact session",
    z.looseObject({
      id: IdSchema,
      source_id: z.string(),
      pubsub_token: z.string(),
      name: z.nullish(z.string()),
      email: z.nullish(z.string()),
    }),
    validateContactSession,
    object({ id, source_id: str, pubsub_token: str }, { name: str, email: str }),
  ],
  [
    "toggle status",
    z.pipe(
      z.looseObject({
        payload: z.nullish(z.looseObject({ current_status: z.nullish(z.string()) })),
      }),
      z.transform((value) => value.payload ?? {}),
    ),
    validateToggleStatus,
    object({}, { payload: object({}, { current_status: str }) }),
  ],
  ["assignee", orNull(ParticipantSchema), validateAssignee, fc.option(participant)],
  ["agents", z.array(AgentSchema), validateAgentList, list(agent)],
  ["teams", z.array(TeamSchema), validateTeamList, list(team)],
  [
    "canned responses",
    z.array(CannedResponseSchema),
    validateCannedResponseList,
    list(cannedResponse),
  ],
  ["labels", payloadOf(z.array(LabelSchema)), validateLabelList, object({ payload: list(label) })],
  [
    "label titles",
    payloadOf(z.array(z.string())),
    validateLabelTitles,
    object({ payload: list(str) }),
  ],
  ["contact", payloadOf(ContactSchema), validateContactEnvelope, object({ payload: contact })],
  [
    "contact conversations",
    payloadOf(z.array(ConversationSchema)),
    validateContactConversations,
    object({ payload: list(conversation) }),
  ],
  ["assigned team", orNull(TeamSchema), validateAssignedTeam, fc.option(team)],
];

describe("REST answer validators match the zod schemas they replaced", () => {
  it.each(cases)(
    "%s: same verdict, value and issues",
    (_name, reference, check, valid) => {
      const refused = assertAgreement(reference, check, valid);
      expect(refused).toBeGreaterThan(5);
    },
    60_000,
  );
});
