import { formatMessage, type MessageKey } from '../../../shared/messages/nl';
import {
  formatProfileIssue,
  parseProfile,
  serializeProfile,
  type ProfileIssue,
} from '../../../shared/profiles/parse';
import { DEFAULT_PROFILE_ID, findProfile, PROFILES } from '../../../shared/profiles/registry';
import { parseArgs } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type Command } from '../io';
import { writeJson } from '../output';
import { readJsonFile } from '../read-json';

/** Bad input for the prevention commands: Dutch on stderr, with their own usage line. */
export function failPrevention(
  io: CliIo,
  message: MessageKey,
  values: Readonly<Record<string, string | number>> = {},
  withUsage = false,
): number {
  io.stderr(`${formatMessage(message, values)}\n`);
  if (withUsage) {
    io.stderr(`${formatMessage('prevention.cli.usage')}\n`);
  }
  return EXIT_BAD_INPUT;
}

/** A refused profile: a header that says nothing changed, then one line per problem. */
export function failWithProfileIssues(
  io: CliIo,
  file: string,
  issues: readonly ProfileIssue[],
): number {
  io.stderr(`${formatMessage('prevention.cli.profileRejected', { file })}\n`);
  for (const issue of issues) {
    io.stderr(`- ${formatProfileIssue(issue)}\n`);
  }
  return EXIT_BAD_INPUT;
}

/** `profile list`, `profile export <id>`, `profile check <file>`. */
export const runProfile: Command = async (args, io) => {
  const parsed = parseArgs(args, [], 2);
  if (!parsed.ok) {
    return failPrevention(io, parsed.message, parsed.values, true);
  }
  const [action, argument] = parsed.value.positionals;
  switch (action) {
    case undefined:
      return failPrevention(io, 'prevention.cli.profileMissingCommand', {}, true);
    case 'list':
      if (argument !== undefined) {
        return failPrevention(io, 'instruments.cli.tooManyArguments', { argument }, true);
      }
      writeJson(io, {
        default: DEFAULT_PROFILE_ID,
        profiles: PROFILES.map((profile) => ({
          id: profile.id,
          version: profile.version,
          name: profile.name,
          entries: profile.catalogue.length,
        })),
      });
      return EXIT_OK;
    case 'export': {
      if (argument === undefined) {
        return failPrevention(io, 'prevention.cli.profileMissingId', {}, true);
      }
      const profile = findProfile(argument);
      if (profile === undefined) {
        return failPrevention(io, 'prevention.cli.unknownProfile', {
          profile: argument,
          profiles: PROFILES.map((entry) => entry.id).join(', '),
        });
      }
      io.stdout(serializeProfile(profile));
      return EXIT_OK;
    }
    case 'check': {
      if (argument === undefined) {
        return failPrevention(io, 'prevention.cli.profileMissingFile', {}, true);
      }
      const read = await readJsonFile(io, argument);
      if (!read.ok) {
        return failPrevention(io, read.message, { file: argument });
      }
      const checked = parseProfile(read.data);
      if (!checked.ok) {
        return failWithProfileIssues(io, argument, checked.issues);
      }
      writeJson(io, {
        ok: true,
        id: checked.profile.id,
        version: checked.profile.version,
        name: checked.profile.name,
        entries: checked.profile.catalogue.length,
      });
      return EXIT_OK;
    }
    default:
      return failPrevention(io, 'prevention.cli.profileUnknownCommand', { command: action }, true);
  }
};
