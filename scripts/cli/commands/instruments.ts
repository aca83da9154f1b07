import { describeInstruments } from '../../../shared/instruments/describe';
import { parseArgs } from '../args';
import { EXIT_OK, type Command } from '../io';
import { fail, writeJson } from '../output';

/** Prints every definition, threshold and mapping as JSON. */
export const runInstruments: Command = (args, io) => {
  const parsed = parseArgs(args, [], 0);
  if (!parsed.ok) {
    return Promise.resolve(fail(io, parsed.message, parsed.values, true));
  }
  writeJson(io, describeInstruments());
  return Promise.resolve(EXIT_OK);
};
