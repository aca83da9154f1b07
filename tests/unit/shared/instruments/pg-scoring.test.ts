import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseItemSet,
  scoreItemAnswers,
  validateItemAnswers,
  type ItemSet,
} from '../../../../shared/instruments/item-set';
import {
  comparePositieveGezondheid,
  scorePositieveGezondheid,
} from '../../../../shared/instruments/pg-scoring';
import {
  PG_JONGEREN,
  PG_KINDEREN,
  PG_VOLWASSENEN,
} from '../../../../shared/instruments/positieve-gezondheid';
import type { PgAnswers } from '../../../../shared/schemas/assessment';
import { PgResultSchema, type PgResult } from '../../../../shared/schemas/results';

const EXAMPLE_ITEM_SET: unknown = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../../docs/examples/item-sets/voorbeeld-items.json'),
    'utf8',
  ),
);

function exampleItemSet(): ItemSet {
  const parsed = parseItemSet(EXAMPLE_ITEM_SET);
  if (!parsed.ok) {
    throw new Error('example item set must parse');
  }
  return parsed.value;
}

describe('Positieve Gezondheid scores', () => {
  it("keeps the resident's own scores in dimension order and marks the lowest", () => {
    const answers: PgAnswers = {
      kind: 'positieve-gezondheid',
      scores: { meedoen: 3, zingeving: 8, 'mentaal-welbevinden': 3, lichaamsfuncties: 6 },
      focus: ['meedoen'],
    };
    const result = scorePositieveGezondheid(PG_VOLWASSENEN, answers);
    expect(PgResultSchema.safeParse(result).success).toBe(true);
    expect(result.dimensions.map((entry) => [entry.dimensionId, entry.score])).toEqual([
      ['lichaamsfuncties', 6],
      ['mentaal-welbevinden', 3],
      ['zingeving', 8],
      ['kwaliteit-van-leven', null],
      ['meedoen', 3],
      ['dagelijks-functioneren', null],
    ]);
    expect(result.answered).toBe(4);
    expect(result.lowest).toEqual(['mentaal-welbevinden', 'meedoen']);
    expect(result.focus).toEqual(['meedoen']);
    expect(result.source).toBe('scores');
  });

  it('has no lowest dimension when nothing is answered', () => {
    const result = scorePositieveGezondheid(PG_KINDEREN, {
      kind: 'positieve-gezondheid',
      scores: {},
    });
    expect(result.answered).toBe(0);
    expect(result.lowest).toEqual([]);
  });

  it('scores stay within 0-10 for any valid answers', () => {
    const score = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(score, { minLength: 6, maxLength: 6 }), (scores) => {
        const answers: PgAnswers = {
          kind: 'positieve-gezondheid',
          scores: Object.fromEntries(
            PG_JONGEREN.dimensions.map((dimension, index) => [dimension.id, scores[index] ?? 0]),
          ),
        };
        const result = scorePositieveGezondheid(PG_JONGEREN, answers);
        expect(PgResultSchema.safeParse(result).success).toBe(true);
        for (const entry of result.dimensions) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});

describe('licensed item sets', () => {
  it('the made-up example parses and scores as the mean of rescaled items', () => {
    const itemSet = exampleItemSet();
    const result = scorePositieveGezondheid(
      PG_VOLWASSENEN,
      {
        kind: 'positieve-gezondheid',
        items: {
          itemSetId: itemSet.itemSetId,
          itemSetVersion: itemSet.itemSetVersion,
          values: { 'lichaam-a': 1, 'lichaam-b': 5, 'mentaal-a': 3, 'zin-a': 5, 'meedoen-a': 2 },
        },
      },
      itemSet,
    );
    expect(result.source).toBe('items');
    expect(
      result.dimensions.map((entry) => [entry.dimensionId, entry.score, entry.itemCount]),
    ).toEqual([
      ['lichaamsfuncties', 5, 2],
      ['mentaal-welbevinden', 5, 1],
      ['zingeving', 10, 1],
      ['kwaliteit-van-leven', null, 0],
      ['meedoen', 2.5, 1],
      ['dagelijks-functioneren', null, 0],
    ]);
  });

  it('item scores without the item set stay empty rather than guessed', () => {
    const result = scorePositieveGezondheid(PG_VOLWASSENEN, {
      kind: 'positieve-gezondheid',
      items: { itemSetId: 'voorbeeld-items', itemSetVersion: '1', values: { 'lichaam-a': 5 } },
    });
    expect(result.dimensions.every((entry) => entry.score === null)).toBe(true);
  });

  it('dimension scores stay within 0-10 for any item scale and answers on it', () => {
    const scale = fc
      .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }))
      .map(([min, span]) => ({ min, max: min + span }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(scale, fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 6,
          maxLength: 18,
        }),
        (entries) => {
          const items = entries.map(([itemScale], index) => ({
            id: `item-${String(index)}`,
            dimensionId: PG_VOLWASSENEN.dimensions[index % 6]?.id ?? 'meedoen',
            text: 'Verzonnen vraag.',
            scale: itemScale,
          }));
          const itemSet: ItemSet = { ...exampleItemSet(), items };
          expect(parseItemSet(itemSet).ok).toBe(true);
          const values = Object.fromEntries(
            entries.map(([itemScale, share], index) => [
              `item-${String(index)}`,
              itemScale.min + share * (itemScale.max - itemScale.min),
            ]),
          );
          expect(validateItemAnswers(itemSet, values, 'values')).toEqual([]);
          for (const entry of scoreItemAnswers(PG_VOLWASSENEN, itemSet, values)) {
            expect(entry.score).not.toBeNull();
            expect(entry.score).toBeGreaterThanOrEqual(0);
            expect(entry.score).toBeLessThanOrEqual(10);
          }
        },
      ),
    );
  });

  it.each([
    [{ instrumentId: 'onbekend' }, 'instrumentId:schema.problem.unknownInstrument'],
    [
      { instrumentId: 'brug-naar-zelfredzaamheid' },
      'instrumentId:schema.problem.notPositieveGezondheid',
    ],
    [{ instrumentVersion: '9.0.0' }, 'instrumentVersion:schema.problem.unknownVersion'],
    [{ format: 'iph' }, 'format:schema.problem.oneOf'],
  ])('rejects an item set with %j', (patch, expected) => {
    const result = parseItemSet({ ...(EXAMPLE_ITEM_SET as object), ...patch });
    expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.problem}`)).toEqual(
      [expected],
    );
  });

  it('names duplicate items, unknown dimensions, bad scales and dimensions without items', () => {
    const itemSet = exampleItemSet();
    const [first, second] = itemSet.items;
    if (first === undefined || second === undefined) {
      throw new Error('example has items');
    }
    const result = parseItemSet({
      ...itemSet,
      items: [
        first,
        { ...second, id: first.id },
        { ...first, id: 'andere', dimensionId: 'mijn-lichaam' },
        { ...first, id: 'schaal', scale: { min: 5, max: 5 } },
      ],
    });
    expect(
      result.ok
        ? []
        : result.issues.map(
            (issue) =>
              `${issue.path}:${issue.problem}:${String(issue.values['dimensionId'] ?? '')}`,
          ),
    ).toEqual([
      'items.1.id:schema.problem.duplicate:',
      'items.2.dimensionId:schema.problem.notInInstrument:',
      'items.3.scale.min:schema.problem.scaleOrder:',
      'items:schema.problem.dimensionWithoutItems:mentaal-welbevinden',
      'items:schema.problem.dimensionWithoutItems:zingeving',
      'items:schema.problem.dimensionWithoutItems:kwaliteit-van-leven',
      'items:schema.problem.dimensionWithoutItems:meedoen',
      'items:schema.problem.dimensionWithoutItems:dagelijks-functioneren',
    ]);
  });

  it('checks answers against the items and their scales', () => {
    expect(
      validateItemAnswers(
        exampleItemSet(),
        { 'lichaam-a': 6, 'bestaat-niet': 1, 'lichaam-b': 1 },
        'v',
      ),
    ).toEqual([
      { path: 'v.lichaam-a', problem: 'schema.problem.numberRange', values: { min: 1, max: 5 } },
      { path: 'v.bestaat-niet', problem: 'schema.problem.notInInstrument', values: {} },
    ]);
  });
});

describe('T0/T1 comparison', () => {
  const moment = (result: PgResult, takenAt: string) => ({
    assessmentId: null,
    instrumentId: 'x',
    takenAt,
    result,
  });

  it.each([
    [5, 7, 2, 'beter'],
    [5, 5.5, 0.5, 'gelijk'],
    [5, 4, -1, 'slechter'],
    [7, 7, 0, 'gelijk'],
  ])('from %d to %d is %d: %s', (before, after, delta, change) => {
    const t0 = scorePositieveGezondheid(PG_VOLWASSENEN, {
      kind: 'positieve-gezondheid',
      scores: { meedoen: before },
    });
    const t1 = scorePositieveGezondheid(PG_VOLWASSENEN, {
      kind: 'positieve-gezondheid',
      scores: { meedoen: after },
    });
    const comparison = comparePositieveGezondheid(
      moment(t0, '2024-01-01'),
      moment(t1, '2024-06-01'),
    );
    expect(comparison.dimensions.find((entry) => entry.aspect === 'meedoen')).toMatchObject({
      t0: before,
      t1: after,
      delta,
      change,
    });
    expect(comparison.dimensions.find((entry) => entry.aspect === 'zingeving')).toMatchObject({
      delta: null,
      change: null,
    });
  });

  it("compares a child's web with the jongeren web by aspect", () => {
    const child = scorePositieveGezondheid(PG_KINDEREN, {
      kind: 'positieve-gezondheid',
      scores: { 'lekker-in-je-vel': 4, 'nu-en-later': 6 },
    });
    const young = scorePositieveGezondheid(PG_JONGEREN, {
      kind: 'positieve-gezondheid',
      scores: { 'kwaliteit-van-leven': 7, zingeving: 6 },
    });
    const comparison = comparePositieveGezondheid(
      moment(child, '2020-01-01'),
      moment(young, '2024-01-01'),
    );
    expect(comparison.dimensions.find((entry) => entry.aspect === 'kwaliteit-van-leven')).toEqual({
      aspect: 'kwaliteit-van-leven',
      t0DimensionId: 'lekker-in-je-vel',
      t1DimensionId: 'kwaliteit-van-leven',
      t0: 4,
      t1: 7,
      delta: 3,
      change: 'beter',
    });
    expect(comparison.dimensions.find((entry) => entry.aspect === 'zingeving')?.change).toBe(
      'gelijk',
    );
  });
});
