import * as z from "zod/mini";
import { IdSchema, LooseRecordSchema, TimestampSchema } from "./primitives";

/** A customer (end user) as pushed by the server. Unknown fields are kept. */
export interface Contact {
  /** Contact id. */
  id: number;
  /** Display name. */
  name?: string | null;
  /** Email address. */
  email?: string | null;
  /** Phone number in E.164, when known. */
  phone_number?: string | null;
  /** The app's own id for this contact (identity validation). */
  identifier?: string | null;
  /** Avatar URL; empty when there is none. */
  thumbnail?: string | null;
  /** Server-managed attributes (browser, location, ...). */
  additional_attributes?: Record<string, unknown> | null;
  /** Attributes defined by the account. */
  custom_attributes?: Record<string, unknown> | null;
  /** True when the contact is blocked. */
  blocked?: boolean | null;
  /** Always `"contact"` on current servers. */
  type?: string | null;
  /** Last activity, unix seconds. */
  last_activity_at?: number | null;
  /** Creation time, unix seconds. */
  created_at?: number | null;
  /** Account the contact belongs to. */
  account_id?: number | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Fields of a contact payload; event schemas extend it. */
export const contactShape = {
  id: IdSchema,
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  phone_number: z.nullish(z.string()),
  identifier: z.nullish(z.string()),
  thumbnail: z.nullish(z.string()),
  additional_attributes: z.nullish(LooseRecordSchema),
  custom_attributes: z.nullish(LooseRecordSchema),
  blocked: z.nullish(z.boolean()),
  type: z.nullish(z.string()),
  last_activity_at: z.nullish(TimestampSchema),
  created_at: z.nullish(TimestampSchema),
  account_id: z.nullish(IdSchema),
};

/** Validates and normalizes a {@link Contact}. */
export const ContactSchema: z.ZodMiniType<Contact> = z.looseObject(contactShape);
