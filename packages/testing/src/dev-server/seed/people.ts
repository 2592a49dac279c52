import type { UserRow } from "../../platform/records";

/** An agent of the generated account. */
export interface SeedAgent {
  name: string;
  role: UserRow["role"];
  /** What `presence.update` says while they are present; `offline` agents are never present. */
  availability: UserRow["availability"];
}

/** The first is the dashboard's user ("you"); the others are simulated colleagues. */
export const SEED_AGENTS: readonly SeedAgent[] = [
  { name: "Sam Rivera", role: "administrator", availability: "online" },
  { name: "Ana Costa", role: "agent", availability: "online" },
  { name: "Marco Haddad", role: "agent", availability: "busy" },
  { name: "Julia Rossi", role: "agent", availability: "online" },
  { name: "Yuki Petrov", role: "agent", availability: "offline" },
];

/** The generated account's name. */
export const SEED_ACCOUNT_NAME = "Acme Support";
/** Its website inboxes; the first is the widget's. */
export const SEED_INBOXES = ["Website", "Help Center"] as const;
