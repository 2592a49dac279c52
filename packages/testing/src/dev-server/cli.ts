import { banner } from "./banner";
import { parseDevServerArgs, USAGE } from "./options";
import { startDevServer } from "./start";

/** Where the CLI writes. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `unilink-dev-server [options]`: starts the dev server, prints where it
 * listens and its tokens, and stops cleanly (data saved) on SIGINT/SIGTERM.
 * Resolves to the exit code when the command fails or only printed help;
 * otherwise runs until a signal.
 */
export async function runDevServerCli(
  argv: readonly string[],
  output: CliOutput = processOutput,
): Promise<number | undefined> {
  let command: ReturnType<typeof parseDevServerArgs>;
  try {
    command = parseDevServerArgs(argv);
  } catch (error) {
    output.err(`unilink-dev-server: ${describe(error)}\n\n${USAGE}`);
    return 2;
  }
  if (command.kind === "help") {
    output.out(USAGE);
    return 0;
  }
  const options = command.options;
  let dev: Awaited<ReturnType<typeof startDevServer>>;
  try {
    dev = await startDevServer(options, (error) =>
      output.err(`unilink-dev-server: ${describe(error)}\n`),
    );
  } catch (error) {
    output.err(`unilink-dev-server: ${describe(error)}\n`);
    return 1;
  }
  output.out(banner(dev.config(), options, dev.restored));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    output.out(`\n${signal}: stopping${options.dataFile ? `, saving ${options.dataFile}` : ""}\n`);
    dev.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return undefined;
}
