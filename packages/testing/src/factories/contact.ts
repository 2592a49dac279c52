import type { FactoryContext } from "./context";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { ContactPayload } from "./types";

/** Builds a Contact (`type: "contact"`). */
export function buildContactWith(
  ctx: FactoryContext,
  overrides: Partial<ContactPayload> = {},
): ContactPayload {
  const id = ctx.nextId("contact");
  const first = ctx.random.pick(FIRST_NAMES);
  const last = ctx.random.pick(LAST_NAMES);
  return {
    additional_attributes: { city: "Lisbon", country: "Portugal", company_name: `${last} Ltd` },
    custom_attributes: {},
    email: `${first}.${last}.${id}@example.com`.toLowerCase(),
    id,
    identifier: null,
    name: `${first} ${last}`,
    phone_number: `+3519${String(ctx.random.int(10_000_000, 99_999_999))}`,
    thumbnail: "",
    blocked: false,
    type: "contact",
    ...overrides,
  };
}
