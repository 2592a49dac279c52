import type { DevServerConfig } from "./dev-config";
import type { DevServerOptions } from "./options";

/** The startup text: where it listens and the ids and tokens apps need. */
export function banner(
  config: DevServerConfig,
  options: DevServerOptions,
  restored: boolean,
): string {
  const traffic =
    config.trafficRate > 0 ? `${config.trafficRate} events/min (--rate, --no-traffic)` : "off";
  const state = options.dataFile
    ? `${options.dataFile} (${restored ? "restored" : `new, seed ${options.seed}`})`
    : `in memory, seed ${options.seed} (--data <file> keeps history across restarts)`;
  const widgetInbox = config.inboxes[0];
  return [
    "",
    `UniLink dev server: ${config.accountName}, a stand-in UniLink installation`,
    "",
    `  REST API        ${config.url}/api/v1 (agents), ${config.url}/public/api/v1 (contacts)`,
    `  socket          ${config.cableUrl}`,
    `  dev config      ${config.url}/__dev/config`,
    `  account id      ${config.accountId}`,
    `  agent           ${config.agent.name} (user id ${config.agent.userId})`,
    `  access token    ${config.agent.accessToken}`,
    `  pubsub token    ${config.agent.pubsubToken}`,
    `  widget inbox    ${config.inboxIdentifier}${widgetInbox ? ` (${widgetInbox.name})` : ""}`,
    `  traffic         ${traffic}`,
    `  state           ${state}`,
    `  controls        POST ${config.url}/__dev/drop-sockets | /__dev/restart | /__dev/traffic`,
    "",
    `Ready on ${config.url}`,
    "",
  ].join("\n");
}
