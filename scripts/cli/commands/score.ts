import { scoreCase } from '../../../shared/instruments/case';
import { parseItemSet, type ItemSet } from '../../../shared/instruments/item-set';
import { parseCaseInput } from '../../../shared/instruments/validate';
import { formatMessage, type MessageKey } from '../../../shared/messages/nl';
import { IsoDateSchema } from '../../../shared/schemas/common';
import type { WarningCode } from '../../../shared/schemas/results';
import { parseArgs } from '../args';
import { EXIT_OK, type Command } from '../io';
import { fail, failWithIssues, writeJson } from '../output';
import { readJsonFile } from '../read-json';

const WARNING_MESSAGES: Readonly<Record<WarningCode, MessageKey>> = {
  'income-thresholds-outdated': 'instruments.warning.incomeThresholdsOutdated',
  'income-level-differs': 'instruments.warning.incomeLevelDiffers',
  'housing-level-differs': 'instruments.warning.housingLevelDiffers',
  'income-thresholds-extrapolated': 'instruments.warning.incomeThresholdsExtrapolated',
  'household-size-differs': 'instruments.warning.householdSizeDiffers',
};

/**
 * `score <file> [--now YYYY-MM-DD] [--item-set <file>]...`: prints the derived results as JSON.
 * Warnings go to stderr in Dutch; the exit code stays 0 because the results are still valid.
 */
export const runScore: Command = async (args, io) => {
  const parsed = parseArgs(args, ['now', 'item-set'], 1);
  if (!parsed.ok) {
    return fail(io, parsed.message, parsed.values, true);
  }
  const [file] = parsed.value.positionals;
  if (file === undefined) {
    return fail(io, 'instruments.cli.missingFile', {}, true);
  }

  let now = io.now();
  const nowOption = parsed.value.options.get('now')?.at(-1);
  if (nowOption !== undefined) {
    if (!IsoDateSchema.safeParse(nowOption).success) {
      return fail(io, 'instruments.cli.invalidNow');
    }
    now = new Date(`${nowOption}T12:00:00Z`);
  }

  const itemSets: ItemSet[] = [];
  for (const itemSetFile of parsed.value.options.get('item-set') ?? []) {
    const read = await readJsonFile(io, itemSetFile);
    if (!read.ok) {
      return fail(io, read.message, { file: itemSetFile });
    }
    const itemSet = parseItemSet(read.data);
    if (!itemSet.ok) {
      return failWithIssues(io, itemSetFile, itemSet.issues);
    }
    itemSets.push(itemSet.value);
  }

  const read = await readJsonFile(io, file);
  if (!read.ok) {
    return fail(io, read.message, { file });
  }
  const input = parseCaseInput(read.data, { itemSets });
  if (!input.ok) {
    return failWithIssues(io, file, input.issues);
  }

  const score = scoreCase(input.value, { now, itemSets });
  for (const warning of score.warnings) {
    io.stderr(
      `${formatMessage(WARNING_MESSAGES[warning.code], {
        ...warning.values,
        assessmentId: warning.assessmentId ?? '',
      })}\n`,
    );
  }
  writeJson(io, score);
  return EXIT_OK;
};
