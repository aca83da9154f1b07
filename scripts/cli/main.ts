import { formatMessage } from '../../shared/messages/nl';
import { runInstruments } from './commands/instruments';
import { runProfile } from './commands/profile';
import { runScore } from './commands/score';
import { runSuggest } from './commands/suggest';
import { EXIT_OK, type CliIo, type Command } from './io';
import { fail } from './output';

const runHelp: Command = (_args, io) => {
  io.stdout(`${formatMessage('instruments.cli.help')}\n`);
  io.stdout(`${formatMessage('prevention.cli.usage')}\n`);
  return Promise.resolve(EXIT_OK);
};

/** Subcommands by name; a new one (e.g. `suggest`) is one more entry here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  instruments: runInstruments,
  score: runScore,
  suggest: runSuggest,
  profile: runProfile,
  help: runHelp,
};

export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: Readonly<Record<string, Command>> = COMMANDS,
): Promise<number> {
  const [name, ...args] = argv;
  // No arguments, --help and -h ask how it works: an answer, not an error.
  if (name === undefined || name === '--help' || name === '-h') {
    return runHelp(args, io);
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    return fail(io, 'instruments.cli.unknownCommand', { command: name }, true);
  }
  return command(args, io);
}
