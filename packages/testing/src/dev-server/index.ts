/**
 * `unilink-dev-server`: a stand-in UniLink installation for local
 * development and end-to-end tests (REST + ActionCable on one port, a
 * generated account, simulated traffic, optional persistence).
 * Run it with the package's `unilink-dev-server` bin.
 * @packageDocumentation
 */

export { type CliOutput, runDevServerCli } from "./cli";
export { type ControlTarget, devControlRoutes } from "./control-routes";
export { allowCrossOrigin } from "./cors";
export { type DevServerConfig, devConfig } from "./dev-config";
export {
  DEFAULT_DEV_SERVER_OPTIONS,
  type DevServerOptions,
  type ParsedCommand,
  parseDevServerArgs,
  USAGE,
} from "./options";
export { DataFileWriter, loadPlatformData } from "./persistence";
export { type GenerateAccountOptions, generateAccountData } from "./seed/generate-account";
export { type SocketOutage, socketOutage } from "./socket-outage";
export { type DevServer, startDevServer } from "./start";
export { TrafficSimulator, type TrafficSimulatorOptions } from "./traffic-simulator";
