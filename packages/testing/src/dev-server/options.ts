import { parseArgs } from "node:util";

/** Options of the dev server (CLI flags and {@link startDevServer}). */
export interface DevServerOptions {
  /** Interface to listen on. Default `127.0.0.1`. */
  host: string;
  /** Port for REST and the socket (`/cable`). Default 3030; 0 picks a free one. */
  port: number;
  /** Seed of the generated account. Same seed, same account. Default 42. */
  seed: number;
  /** Conversations to generate on a fresh start. Default 200. */
  conversations: number;
  /** Simulated events per minute; 0 turns the simulator off. Default 12. */
  rate: number;
  /** JSON file keeping the platform's state between runs. Default: memory only. */
  dataFile: string | undefined;
}

/** The defaults of {@link DevServerOptions}. */
export const DEFAULT_DEV_SERVER_OPTIONS: DevServerOptions = {
  host: "127.0.0.1",
  port: 3030,
  seed: 42,
  conversations: 200,
  rate: 12,
  dataFile: undefined,
};

/** What the command line asked for. */
export type ParsedCommand = { kind: "help" } | { kind: "run"; options: DevServerOptions };

/** `unilink-dev-server --help`. */
export const USAGE = `Usage: unilink-dev-server [options]

A stand-in UniLink installation on one port: the platform's REST API and its
ActionCable socket (/cable), seeded with a realistic account, with simulated
traffic (contacts write, agents reply and type, statuses and assignments
change, notifications arrive).

Options:
  --port <n>           port for REST and /cable (default 3030; 0 = any free port)
  --host <address>     interface to listen on (default 127.0.0.1)
  --seed <n>           seed of the generated account (default 42)
  --conversations <n>  conversations generated on a fresh start (default 200)
  --rate <n>           simulated events per minute (default 12)
  --no-traffic         no simulated events
  --data <file>        keep the state in this JSON file (a restart keeps history)
  -h, --help           show this help

Dev endpoints (beside the platform's):
  GET  /__dev/config        URLs, ids and tokens for apps (zero-config)
  POST /__dev/drop-sockets  drop every socket abruptly (clients see 1006);
                            {"downMs": n} also refuses new sockets for n ms
  POST /__dev/restart       disconnect everyone like a server restart
  POST /__dev/traffic       {"rate": n} changes the simulator's rate (0 stops it)
`;

function integer(value: string | undefined, flag: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    throw new Error(`${flag} expects a whole number >= ${min}, got "${value}"`);
  }
  return number;
}

/** Parses command-line arguments (without `node` and the script). Throws on bad input. */
export function parseDevServerArgs(argv: readonly string[]): ParsedCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      conversations: { type: "string" },
      rate: { type: "string" },
      traffic: { type: "boolean" },
      "no-traffic": { type: "boolean" },
      data: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { kind: "help" };
  const defaults = DEFAULT_DEV_SERVER_OPTIONS;
  const port = integer(values.port, "--port", defaults.port);
  if (port > 65535) throw new Error(`--port expects a port number, got "${values.port}"`);
  const rate = integer(values.rate, "--rate", defaults.rate);
  return {
    kind: "run",
    options: {
      host: values.host ?? defaults.host,
      port,
      seed: integer(values.seed, "--seed", defaults.seed),
      conversations: integer(values.conversations, "--conversations", defaults.conversations),
      rate: values["no-traffic"] ? 0 : rate,
      dataFile: values.data,
    },
  };
}
