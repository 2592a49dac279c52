import * as z from "zod/mini";
import { IdSchema } from "./primitives";

/** A team a conversation can be assigned to. Unknown fields are kept. */
export interface Team {
  /** Team id. */
  id: number;
  /** Team name. */
  name?: string | null;
  /** What the team handles (teams list). */
  description?: string | null;
  /** Whether assigning the team also picks an agent of it (teams list). */
  allow_auto_assign?: boolean | null;
  /** Whether the signed-in agent is a member (teams list). */
  is_member?: boolean | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates and normalizes a {@link Team}. */
export const TeamSchema: z.ZodMiniType<Team> = z.looseObject({
  id: IdSchema,
  name: z.nullish(z.string()),
});
