import { parseItemSet, type ItemSet } from '../../../shared/instruments/item-set';
import { formatMessage, type MessageKey } from '../../../shared/messages/nl';
import { parseSuggestCase } from '../../../shared/prevention/case';
import { suggest } from '../../../shared/prevention/engine';
import {
  formatPreventionIssue,
  hasPosition,
  type PreventionIssue,
} from '../../../shared/prevention/issues';
import { IsoDateSchema } from '../../../shared/schemas/common';
import type { WarningCode } from '../../../shared/schemas/results';
import { parseProfile } from '../../../shared/profiles/parse';
import { DEFAULT_PROFILE_ID, findProfile, PROFILES } from '../../../shared/profiles/registry';
import type { Profile } from '../../../shared/profiles/schema';
import { parseArgs } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, type CliIo, type Command } from '../io';
import { failWithIssues, writeJson } from '../output';
import { readJsonFile } from '../read-json';
import { failPrevention, failWithProfileIssues } from './profile';

const WARNING_MESSAGES: Readonly<Record<WarningCode, MessageKey>> = {
  'income-thresholds-outdated': 'instruments.warning.incomeThresholdsOutdated',
  'income-level-differs': 'instruments.warning.incomeLevelDiffers',
  'housing-level-differs': 'instruments.warning.housingLevelDiffers',
  'income-thresholds-extrapolated': 'instruments.warning.incomeThresholdsExtrapolated',
  'household-size-differs': 'instruments.warning.householdSizeDiffers',
};

export function failWithCaseIssues(
  io: CliIo,
  file: string,
  issues: readonly PreventionIssue[],
): number {
  io.stderr(`${formatMessage('prevention.cli.caseRejected', { file })}\n`);
  for (const issue of issues) {
    io.stderr(`- ${formatPreventionIssue(issue)}\n`);
  }
  if (issues.some((issue) => hasPosition(issue.path))) {
    io.stderr(`${formatMessage('prevention.cli.listPositions')}\n`);
  }
  return EXIT_BAD_INPUT;
}

async function chooseProfile(
  io: CliIo,
  id: string | undefined,
  file: string | undefined,
): Promise<Profile | number> {
  if (id !== undefined && file !== undefined) {
    return failPrevention(io, 'prevention.cli.profileTwice', {}, true);
  }
  if (file !== undefined) {
    const read = await readJsonFile(io, file);
    if (!read.ok) {
      return failPrevention(io, read.message, { file });
    }
    const parsed = parseProfile(read.data);
    return parsed.ok ? parsed.profile : failWithProfileIssues(io, file, parsed.issues);
  }
  const profile = findProfile(id ?? DEFAULT_PROFILE_ID);
  return (
    profile ??
    failPrevention(io, 'prevention.cli.unknownProfile', {
      profile: id ?? '',
      profiles: PROFILES.map((entry) => entry.id).join(', '),
    })
  );
}

/**
 * `suggest <case.json> [--profile <id> | --profile-file <file>] [--now YYYY-MM-DD]
 * [--item-set <file>]...`: prints the preventie-advies as JSON. Warnings go to stderr in Dutch.
 */
export const runSuggest: Command = async (args, io) => {
  const parsed = parseArgs(args, ['profile', 'profile-file', 'now', 'item-set'], 1);
  if (!parsed.ok) {
    return failPrevention(io, parsed.message, parsed.values, true);
  }
  const { options, positionals } = parsed.value;
  const [file] = positionals;
  if (file === undefined) {
    return failPrevention(io, 'prevention.cli.missingCase', {}, true);
  }

  let now = io.now();
  const nowOption = options.get('now')?.at(-1);
  if (nowOption !== undefined) {
    if (!IsoDateSchema.safeParse(nowOption).success) {
      return failPrevention(io, 'instruments.cli.invalidNow');
    }
    now = new Date(`${nowOption}T12:00:00Z`);
  }

  const profile = await chooseProfile(
    io,
    options.get('profile')?.at(-1),
    options.get('profile-file')?.at(-1),
  );
  if (typeof profile === 'number') {
    return profile;
  }

  const itemSets: ItemSet[] = [];
  for (const itemSetFile of options.get('item-set') ?? []) {
    const read = await readJsonFile(io, itemSetFile);
    if (!read.ok) {
      return failPrevention(io, read.message, { file: itemSetFile });
    }
    const itemSet = parseItemSet(read.data);
    if (!itemSet.ok) {
      return failWithIssues(io, itemSetFile, itemSet.issues);
    }
    itemSets.push(itemSet.value);
  }

  const read = await readJsonFile(io, file);
  if (!read.ok) {
    return failPrevention(io, read.message, { file });
  }
  const input = parseSuggestCase(read.data, { itemSets });
  if (!input.ok) {
    return failWithCaseIssues(io, file, input.issues);
  }

  const result = suggest(input.value, profile, now, { itemSets });
  for (const warning of result.warnings) {
    io.stderr(
      `${formatMessage(WARNING_MESSAGES[warning.code], {
        ...warning.values,
        assessmentId: warning.assessmentId ?? '',
      })}\n`,
    );
  }
  // The engine returns codes; the command line adds the Dutch text of the normaliseren message.
  writeJson(io, {
    ...result,
    normaliseren:
      result.normaliseren === null
        ? null
        : {
            ...result.normaliseren,
            message: formatMessage(`prevention.normaliseren.${result.normaliseren.code}`),
          },
  });
  return EXIT_OK;
};
