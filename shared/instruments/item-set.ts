import { z } from 'zod';
import { KebabIdSchema, VersionSchema } from '../schemas/common';
import {
  fieldIssue,
  parseAndCheck,
  pathSegments,
  type FieldIssue,
  type ParseResult,
  type PathSegment,
} from '../schemas/zod-messages';
import type { InstrumentDefinition, PgDefinition } from './definition-schema';
import { findInstrument, INSTRUMENTS } from './registry';

// A licensed Positieve Gezondheid item list, loaded by a team that holds the licence. The app
// ships none of iPH's items: only this format and made-up examples.

export const ItemSetItemSchema = z.strictObject({
  id: KebabIdSchema,
  dimensionId: KebabIdSchema,
  text: z.string().trim().min(1).max(1000),
  /** The item's own answer scale, e.g. 0-10 or 1-5; scores are rescaled to 0-10. */
  scale: z.strictObject({ min: z.number(), max: z.number() }),
});
export type ItemSetItem = z.infer<typeof ItemSetItemSchema>;

export const ItemSetSchema = z.strictObject({
  format: z.literal('keukentafel-itemset'),
  formatVersion: z.literal(1),
  instrumentId: KebabIdSchema,
  instrumentVersion: VersionSchema,
  itemSetId: KebabIdSchema,
  itemSetVersion: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  source: z.string().trim().min(1).max(2000),
  licence: z.string().trim().min(1).max(2000),
  items: z.array(ItemSetItemSchema).min(1).max(300),
});
export type ItemSet = z.infer<typeof ItemSetSchema>;

function itemSetIssues(
  itemSet: ItemSet,
  instruments: readonly InstrumentDefinition[],
): FieldIssue[] {
  const instrument = findInstrument(itemSet.instrumentId, undefined, instruments);
  if (instrument === undefined) {
    return [fieldIssue('instrumentId', 'schema.problem.unknownInstrument')];
  }
  if (instrument.kind !== 'positieve-gezondheid') {
    return [fieldIssue('instrumentId', 'schema.problem.notPositieveGezondheid')];
  }
  const definition = findInstrument(itemSet.instrumentId, itemSet.instrumentVersion, instruments);
  if (definition?.kind !== 'positieve-gezondheid') {
    return [fieldIssue('instrumentVersion', 'schema.problem.unknownVersion')];
  }
  const issues: FieldIssue[] = [];
  const dimensionIds = new Set<string>(definition.dimensions.map((dimension) => dimension.id));
  const seen = new Set<string>();
  itemSet.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      issues.push(fieldIssue(['items', index, 'id'], 'schema.problem.duplicate'));
    }
    seen.add(item.id);
    if (!dimensionIds.has(item.dimensionId)) {
      issues.push(fieldIssue(['items', index, 'dimensionId'], 'schema.problem.notInInstrument'));
    }
    if (item.scale.min >= item.scale.max) {
      issues.push(fieldIssue(['items', index, 'scale', 'min'], 'schema.problem.scaleOrder'));
    }
  });
  for (const dimension of definition.dimensions) {
    if (!itemSet.items.some((item) => item.dimensionId === dimension.id)) {
      issues.push(
        fieldIssue('items', 'schema.problem.dimensionWithoutItems', { dimensionId: dimension.id }),
      );
    }
  }
  return issues;
}

/** Parses an item-set file: its shape, then whether it fits a known Positieve Gezondheid version. */
export function parseItemSet(
  data: unknown,
  instruments: readonly InstrumentDefinition[] = INSTRUMENTS,
): ParseResult<ItemSet> {
  return parseAndCheck(ItemSetSchema, data, (itemSet) => itemSetIssues(itemSet, instruments));
}

export function findItemSet(
  itemSets: readonly ItemSet[],
  itemSetId: string,
  itemSetVersion: string,
): ItemSet | undefined {
  return itemSets.find(
    (itemSet) => itemSet.itemSetId === itemSetId && itemSet.itemSetVersion === itemSetVersion,
  );
}

/**
 * Checks answers against the item set: known items, values on each item's scale. A string
 * basePath reads all-digit parts as list positions (pathSegments); item ids stay names.
 */
export function validateItemAnswers(
  itemSet: ItemSet,
  values: Readonly<Record<string, number>>,
  basePath: string | readonly PathSegment[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const base = pathSegments(basePath);
  for (const [itemId, value] of Object.entries(values)) {
    const item = itemSet.items.find((candidate) => candidate.id === itemId);
    const path = [...base, itemId];
    if (item === undefined) {
      issues.push(fieldIssue(path, 'schema.problem.notInInstrument'));
    } else if (value < item.scale.min || value > item.scale.max) {
      issues.push(
        fieldIssue(path, 'schema.problem.numberRange', {
          min: item.scale.min,
          max: item.scale.max,
        }),
      );
    }
  }
  return issues;
}

/** Scores are kept to one decimal: finer steps suggest a precision the answers do not have. */
export function roundScore(value: number): number {
  return Math.round(value * 10) / 10;
}

export interface ItemDimensionScore {
  readonly dimensionId: string;
  readonly score: number | null;
  readonly itemCount: number;
}

/**
 * Dimension score = mean of its answered items, each first rescaled from its own scale to 0-10.
 * A dimension without answered items has no score. Values outside a scale are clamped (they are
 * rejected by validateItemAnswers before scoring).
 */
export function scoreItemAnswers(
  definition: PgDefinition,
  itemSet: ItemSet,
  values: Readonly<Record<string, number>>,
): ItemDimensionScore[] {
  return definition.dimensions.map((dimension) => {
    const rescaled: number[] = [];
    for (const item of itemSet.items) {
      const value = values[item.id];
      if (item.dimensionId === dimension.id && value !== undefined) {
        const share = (value - item.scale.min) / (item.scale.max - item.scale.min);
        rescaled.push(Math.min(1, Math.max(0, share)) * 10);
      }
    }
    const score =
      rescaled.length === 0
        ? null
        : roundScore(rescaled.reduce((sum, value) => sum + value, 0) / rescaled.length);
    return { dimensionId: dimension.id, score, itemCount: rescaled.length };
  });
}
