import * as z from "zod/mini";
import { IdSchema, openString } from "./primitives";

/** An agent's availability as the server reports it. */
export type AvailabilityStatus = "online" | "busy" | "offline" | (string & {});

/** An agent or admin. Unknown fields are kept. */
export interface User {
  /** User id. */
  id: number;
  /** Full name. */
  name?: string | null;
  /** Display name chosen by the agent. */
  available_name?: string | null;
  /** Avatar URL. */
  avatar_url?: string | null;
  /** Availability chosen by the agent. */
  availability_status?: AvailabilityStatus | null;
  /** Avatar thumbnail URL. */
  thumbnail?: string | null;
  /** `"user"` on current servers. */
  type?: string | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** A bot that answers conversations. Unknown fields are kept. */
export interface AgentBot {
  /** Bot id. */
  id: number;
  /** Bot name. */
  name?: string | null;
  /** Avatar URL. */
  avatar_url?: string | null;
  /** `"agent_bot"`. */
  type?: string | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/**
 * Whoever wrote a message, is typing or is assigned: a {@link User}, an
 * {@link AgentBot} or a contact, told apart by `type`
 * (`"user"`, `"agent_bot"`, `"contact"`; missing on old servers, read as `"user"`).
 */
export interface Participant {
  /** Id within its `type`. */
  id: number;
  /** `"user"`, `"agent_bot"` or `"contact"`. */
  type?: string | null;
  /** Name. */
  name?: string | null;
  /** Display name (users). */
  available_name?: string | null;
  /** Avatar URL (users, bots). */
  avatar_url?: string | null;
  /** Avatar URL (users, contacts). */
  thumbnail?: string | null;
  /** Availability (users). */
  availability_status?: AvailabilityStatus | null;
  /** Every other field of the underlying entity. */
  [key: string]: unknown;
}

const participantShape = {
  id: IdSchema,
  name: z.nullish(z.string()),
  avatar_url: z.nullish(z.string()),
  thumbnail: z.nullish(z.string()),
  type: z.nullish(z.string()),
};

/** Validates and normalizes a {@link User}. */
export const UserSchema: z.ZodMiniType<User> = z.looseObject({
  ...participantShape,
  available_name: z.nullish(z.string()),
  availability_status: z.nullish(openString<AvailabilityStatus>()),
});

/** Validates and normalizes an {@link AgentBot}. */
export const AgentBotSchema: z.ZodMiniType<AgentBot> = z.looseObject(participantShape);

/** Validates and normalizes a {@link Participant} (user, bot or contact). */
export const ParticipantSchema: z.ZodMiniType<Participant> = z.looseObject({
  ...participantShape,
  available_name: z.nullish(z.string()),
  availability_status: z.nullish(openString<AvailabilityStatus>()),
});
