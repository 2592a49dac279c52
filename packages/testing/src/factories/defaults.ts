import type { FactoryOptions } from "./context";
import { createFactories, type Factories } from "./create-factories";

let defaults: Factories = createFactories();

/** Restarts the shared builders behind `buildConversation` & co (ids from 1 again). */
export function resetFactories(seed = 1, options: FactoryOptions = {}): void {
  defaults = createFactories(seed, options);
}

/** A Conversation from the shared builders. See {@link Factories.conversation}. */
export const buildConversation: Factories["conversation"] = (o) => defaults.conversation(o);
/** A Message from the shared builders. See {@link Factories.message}. */
export const buildMessage: Factories["message"] = (o, c) => defaults.message(o, c);
/** A Contact from the shared builders. */
export const buildContact: Factories["contact"] = (o) => defaults.contact(o);
/** A User from the shared builders. */
export const buildUser: Factories["user"] = (o) => defaults.user(o);
/** An AgentBot from the shared builders. */
export const buildAgentBot: Factories["agentBot"] = (o) => defaults.agentBot(o);
/** A Notification from the shared builders. */
export const buildNotification: Factories["notification"] = (o, c) => defaults.notification(o, c);
/** An attachment from the shared builders. */
export const buildAttachment: Factories["attachment"] = (o) => defaults.attachment(o);
/** A team from the shared builders. */
export const buildTeam: Factories["team"] = (o) => defaults.team(o);
