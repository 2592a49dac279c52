import * as z from "zod/mini";
import { IdSchema, openString } from "./primitives";

/** An agent or administrator of the account, as `GET .../agents` lists them. Unknown fields are kept. */
export interface Agent {
  /** User id (the one `assignee_id` takes). */
  id: number;
  /** Full name. */
  name?: string | null;
  /** Display name chosen by the agent. */
  available_name?: string | null;
  /** Email address. */
  email?: string | null;
  /** `agent` or `administrator`. */
  role?: "agent" | "administrator" | (string & {}) | null;
  /** Availability chosen by the agent (`online`, `busy`, `offline`). */
  availability_status?: string | null;
  /** Avatar URL. */
  thumbnail?: string | null;
  /** The account the list is for. */
  account_id?: number | null;
  /** Whether the agent confirmed the invitation. */
  confirmed?: boolean | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates an {@link Agent}. */
export const AgentSchema: z.ZodMiniType<Agent> = z.looseObject({
  id: IdSchema,
  name: z.nullish(z.string()),
  available_name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  role: z.nullish(openString<"agent" | "administrator">()),
  availability_status: z.nullish(z.string()),
  thumbnail: z.nullish(z.string()),
  account_id: z.nullish(IdSchema),
  confirmed: z.nullish(z.boolean()),
});

/** A label of the account: conversations carry its `title`. Unknown fields are kept. */
export interface Label {
  /** Label id. */
  id: number;
  /** The name conversations carry in `labels`. */
  title: string;
  /** What the label means. */
  description?: string | null;
  /** Display colour, e.g. `#1f93ff`. */
  color?: string | null;
  /** Whether the platform's sidebar lists it. */
  show_on_sidebar?: boolean | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates a {@link Label}. */
export const LabelSchema: z.ZodMiniType<Label> = z.looseObject({
  id: IdSchema,
  title: z.string(),
  description: z.nullish(z.string()),
  color: z.nullish(z.string()),
  show_on_sidebar: z.nullish(z.boolean()),
});

/** A saved reply: typing `/` plus its `short_code` in a composer inserts `content`. */
export interface CannedResponse {
  /** Canned response id. */
  id: number;
  /** What the agent types after `/`. */
  short_code: string;
  /** The text inserted. */
  content: string;
  /** Account id. */
  account_id?: number | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates a {@link CannedResponse}. */
export const CannedResponseSchema: z.ZodMiniType<CannedResponse> = z.looseObject({
  id: IdSchema,
  short_code: z.string(),
  content: z.string(),
  account_id: z.nullish(IdSchema),
});
