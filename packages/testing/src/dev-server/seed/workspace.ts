import type { SeededRandom } from "../../factories/random";
import type { FakePlatform } from "../../platform/fake-platform";

/** The account's labels (every label the seed scripts use) and their colours. */
export const SEED_LABELS: readonly { title: string; color: string; description: string }[] = [
  { title: "billing", color: "#1f93ff", description: "Invoices, charges and plans" },
  { title: "refund", color: "#e0a100", description: "Money back" },
  { title: "bug", color: "#d92d20", description: "Something is broken" },
  { title: "vip", color: "#7a5af8", description: "Key account" },
  { title: "shipping", color: "#12b76a", description: "Deliveries" },
  { title: "login", color: "#f04438", description: "Sign-in trouble" },
  { title: "account", color: "#667085", description: "Account settings" },
  { title: "sales", color: "#0ba5ec", description: "Buying intent" },
  { title: "lead", color: "#06aed4", description: "A potential customer" },
  { title: "feedback", color: "#ee46bc", description: "Ideas and opinions" },
  { title: "integration", color: "#6172f3", description: "APIs and connected apps" },
  { title: "feature-request", color: "#4e5ba6", description: "Asks for something new" },
];

/** Saved replies for the composer's `/` menu. */
export const SEED_CANNED_RESPONSES: readonly { shortCode: string; content: string }[] = [
  { shortCode: "hello", content: "Hi there! Thanks for reaching out, how can I help you today?" },
  { shortCode: "thanks", content: "Thank you for your patience, we really appreciate it." },
  {
    shortCode: "refund",
    content: "I've started your refund: it takes 5 to 7 business days to appear.",
  },
  {
    shortCode: "shipping",
    content: "Orders ship within 2 business days; you'll get a tracking link by email.",
  },
  {
    shortCode: "reset",
    content: "You can reset your password from the sign-in page with 'Forgot password'.",
  },
  {
    shortCode: "escalate",
    content: "I'm passing this to our technical team, they'll get back to you shortly.",
  },
  {
    shortCode: "followup",
    content: "Just checking in: is there anything else I can help you with?",
  },
  { shortCode: "bye", content: "Have a great day! Feel free to write again anytime." },
];

/** Team per label, for conversations created with it. */
const TEAM_OF_LABEL: Readonly<Record<string, "Billing" | "Technical">> = {
  billing: "Billing",
  refund: "Billing",
  bug: "Technical",
  login: "Technical",
  integration: "Technical",
};

const PLANS = ["free", "starter", "pro", "enterprise"] as const;
const COMPANIES = ["Northwind", "Globex", "Initech", "Umbrella", "Stark Industries", "Wayne Corp"];
const CITIES = ["Lisbon", "Berlin", "Toronto", "Osaka", "Nairobi", "São Paulo", "Austin"];
const BROWSERS = ["Chrome 131", "Firefox 133", "Safari 18", "Edge 131"];

/** Custom and additional attributes of a generated contact. */
export function contactAttributes(random: SeededRandom) {
  return {
    customAttributes: { plan: random.pick(PLANS), company: random.pick(COMPANIES) },
    additionalAttributes: { city: random.pick(CITIES), browser: random.pick(BROWSERS) },
  };
}

/**
 * Adds the agent workspace to a generated account: labels with colours,
 * canned responses, and two teams ("Billing": agents 2 and 4; "Technical":
 * agents 1, 3 and 5). Returns the team to give a conversation created with
 * some labels.
 */
export function seedWorkspace(platform: FakePlatform, accountId: number, agentIds: number[]) {
  for (const label of SEED_LABELS) platform.createLabel({ accountId, ...label });
  for (const canned of SEED_CANNED_RESPONSES)
    platform.createCannedResponse({ accountId, ...canned });
  const pick = (indexes: number[]) =>
    indexes.map((index) => agentIds[index]).filter((id): id is number => id !== undefined);
  const teams = {
    Billing: platform.createTeam({
      accountId,
      name: "Billing",
      description: "Invoices, plans and refunds",
      memberIds: pick([1, 3]),
    }),
    Technical: platform.createTeam({
      accountId,
      name: "Technical",
      description: "Bugs, sign-in and integrations",
      memberIds: pick([0, 2, 4]),
    }),
  };
  return (labels: readonly string[]): number | null => {
    const name = labels.map((label) => TEAM_OF_LABEL[label]).find(Boolean);
    return name ? teams[name].id : null;
  };
}
