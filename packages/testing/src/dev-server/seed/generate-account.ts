import { FIRST_NAMES, LAST_NAMES } from "../../factories/names";
import { SeededRandom } from "../../factories/random";
import { FakePlatform } from "../../platform/fake-platform";
import type { ContactHandle } from "../../platform/handles";
import type { PlatformData } from "../../platform/records";
import { SEED_ACCOUNT_NAME, SEED_AGENTS, SEED_INBOXES } from "./people";
import { type ConversationPlan, planConversations } from "./plan";
import { contactAttributes, seedWorkspace } from "./workspace";

/** Options of {@link generateAccountData}. */
export interface GenerateAccountOptions {
  /** Same seed, same account (names, scripts, tokens). */
  seed: number;
  /** Conversations to generate. */
  conversations: number;
  /** The present (epoch ms); history lies before it. */
  now: number;
}

/** One thing that happens in the generated history, at a time. */
interface Step {
  at: number;
  run: () => void;
}

/** Notifications older than the newest few are read, as an active agent's would be. */
const UNREAD_NOTIFICATIONS = 4;

function contactName(random: SeededRandom): { name: string; email: string } {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const email = `${first}.${last}${random.int(1, 99)}@example.com`.toLowerCase();
  return { name: `${first} ${last}`, email };
}

/**
 * Builds the dev server's account through the platform model, so every row
 * is what the platform itself would have stored: account "Acme Support",
 * two website inboxes, five agents (the first is the dashboard's user),
 * labels with colours, canned responses, two teams,
 * `conversations` conversations with contacts and message history spread
 * over the last ten days, assignments and notifications.
 */
export function generateAccountData(options: GenerateAccountOptions): PlatformData {
  const random = new SeededRandom(options.seed);
  let clock = options.now - 30 * 24 * 60 * 60_000;
  const platform = new FakePlatform({ seed: options.seed, now: () => clock, defaults: false });
  const account = platform.createAccount({ name: SEED_ACCOUNT_NAME });
  const inboxes = SEED_INBOXES.map((name) => platform.createInbox({ accountId: account.id, name }));
  const agents = SEED_AGENTS.map((agent) =>
    platform.createAgent({
      accountId: account.id,
      name: agent.name,
      email: `${agent.name.split(" ")[0]?.toLowerCase()}@acme.example`,
      role: agent.role,
    }),
  );
  const teamFor = seedWorkspace(
    platform,
    account.id,
    agents.map((agent) => agent.id),
  );
  const plans = planConversations(
    random,
    options.conversations,
    agents.length,
    inboxes.length,
    options.now,
  );
  const contacts = new Map<number, ContactHandle>();
  const steps: Step[] = [];

  const planSteps = (plan: ConversationPlan) => {
    let id = 0;
    const first = plan.lines[0];
    if (!first) return;
    const agentAt = (index: number | null) => agents[index ?? 0]?.id ?? 1;
    steps.push({
      at: first.at,
      run: () => {
        let contact = contacts.get(plan.contact);
        if (!contact) {
          const inbox = inboxes[plan.inbox] ?? inboxes[0];
          contact = platform.createContact({
            accountId: account.id,
            inboxId: inbox?.id,
            ...contactName(random),
            ...contactAttributes(random),
          });
          contacts.set(plan.contact, contact);
        }
        id = platform.createConversation({
          contact,
          labels: plan.labels,
          priority: plan.priority,
        }).id;
        const team = teamFor(plan.labels);
        if (team !== null) platform.assignTeam(id, team);
      },
    });
    const firstAgentLine = plan.lines.find(({ line }) => line[0] !== "c");
    if (plan.assignee !== null) {
      const assignee = agentAt(plan.assignee);
      const by = plan.assignedBy === null ? assignee : agentAt(plan.assignedBy);
      const at = firstAgentLine ? firstAgentLine.at - 1 : first.at + 60_000;
      steps.push({ at, run: () => platform.assign(id, assignee, { performerId: by }) });
    }
    for (const { at, line } of plan.lines) {
      const [who, text] = line;
      steps.push({
        at,
        run: () => {
          if (who === "c") platform.receiveContactMessage(id, text);
          else {
            const author = agentAt(plan.assignee);
            const reply = platform.agentReply(id, text, { agentId: author, private: who === "n" });
            platform.markSeenByAgent(id);
            if (who === "n" && plan.assignee !== 0 && random.next() < 0.4) {
              platform.notify(agents[0]?.id ?? 1, id, "conversation_mention", {
                secondary: { messageId: reply.id },
              });
            }
          }
        },
      });
    }
    const closedAt = plan.closedAt;
    if (closedAt !== null) {
      steps.push({
        at: closedAt,
        run: () => {
          platform.markSeenByContact(id);
          platform.changeStatus(id, plan.status, { performerId: agentAt(plan.assignee) });
        },
      });
    }
  };

  for (const plan of plans) planSteps(plan);
  // Played in time order, so ids, `updated_at` and last-seen times agree with the clock.
  steps.sort((a, b) => a.at - b.at);
  for (const step of steps) {
    clock = Math.max(clock, step.at);
    step.run();
  }

  const data = platform.toJSON();
  for (const [index, user] of data.users.entries()) {
    user.availability = SEED_AGENTS[index]?.availability ?? "online";
  }
  const newestFirst = [...data.notifications].sort((a, b) => b.createdAtMs - a.createdAtMs);
  for (const notification of newestFirst.slice(UNREAD_NOTIFICATIONS)) {
    notification.readAtMs = notification.createdAtMs + 60_000;
  }
  return data;
}
