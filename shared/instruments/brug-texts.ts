import { z } from 'zod';
import { KebabIdSchema, VersionSchema } from '../schemas/common';
import { BrugColumnIdSchema } from '../schemas/vocabulary';
import {
  fieldIssue,
  parseAndCheck,
  type FieldIssue,
  type ParseResult,
} from '../schemas/zod-messages';
import {
  BrugLevelDefinitionSchema,
  type BrugDefinition,
  type InstrumentDefinition,
} from './definition-schema';
import { findInstrument, INSTRUMENTS } from './registry';

// Official Brug texts, loaded by a team that holds a licence. Only the statements (and optionally
// the column labels) change; criteria, ids and scoring stay the same.

export const BrugTextSetSchema = z.strictObject({
  format: z.literal('keukentafel-brug-teksten'),
  formatVersion: z.literal(1),
  instrumentId: KebabIdSchema,
  instrumentVersion: VersionSchema,
  textSetId: KebabIdSchema,
  textSetVersion: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  source: z.string().trim().min(1).max(2000),
  licence: z.string().trim().min(1).max(2000),
  columns: z
    .array(
      z.strictObject({
        columnId: BrugColumnIdSchema,
        label: z.string().trim().min(1).max(200).optional(),
        levels: z.array(BrugLevelDefinitionSchema).length(4),
      }),
    )
    .min(1)
    .max(8),
});
export type BrugTextSet = z.infer<typeof BrugTextSetSchema>;

function textSetIssues(
  textSet: BrugTextSet,
  instruments: readonly InstrumentDefinition[],
): FieldIssue[] {
  const instrument = findInstrument(textSet.instrumentId, undefined, instruments);
  if (instrument === undefined) {
    return [fieldIssue('instrumentId', 'schema.problem.unknownInstrument')];
  }
  if (instrument.kind !== 'brug-naar-zelfredzaamheid') {
    return [fieldIssue('instrumentId', 'schema.problem.notBrug')];
  }
  if (findInstrument(textSet.instrumentId, textSet.instrumentVersion, instruments) === undefined) {
    return [fieldIssue('instrumentVersion', 'schema.problem.unknownVersion')];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  textSet.columns.forEach((column, index) => {
    if (seen.has(column.columnId)) {
      issues.push(fieldIssue(['columns', index, 'columnId'], 'schema.problem.duplicate'));
    }
    seen.add(column.columnId);
    const levels = new Set(column.levels.map((level) => level.level));
    if (levels.size !== 4) {
      issues.push(fieldIssue(['columns', index, 'levels'], 'schema.problem.levelsIncomplete'));
    }
  });
  return issues;
}

export function parseBrugTextSet(
  data: unknown,
  instruments: readonly InstrumentDefinition[] = INSTRUMENTS,
): ParseResult<BrugTextSet> {
  return parseAndCheck(BrugTextSetSchema, data, (textSet) => textSetIssues(textSet, instruments));
}

/** A copy of the definition with the imported texts; columns not in the set keep our texts. */
export function applyBrugTextSet(definition: BrugDefinition, textSet: BrugTextSet): BrugDefinition {
  return {
    ...definition,
    source: textSet.source,
    licence: textSet.licence,
    dimensions: definition.dimensions.map((column) => {
      const imported = textSet.columns.find((candidate) => candidate.columnId === column.id);
      if (imported === undefined) {
        return column;
      }
      return {
        ...column,
        label: imported.label ?? column.label,
        levels: [...imported.levels].sort((left, right) => left.level - right.level),
      };
    }),
  };
}
