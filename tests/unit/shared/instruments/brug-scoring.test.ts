import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../shared/instruments/brug';
import {
  fillIncomeStatement,
  housingLevel,
  incomeLevel,
  incomeThresholdsForSize,
  incomeThresholdsOutdated,
  scoreBrug,
} from '../../../../shared/instruments/brug-scoring';
import { BrugResultSchema } from '../../../../shared/schemas/results';
import type { BrugAnswers } from '../../../../shared/schemas/assessment';

const T = BRUG_INCOME_THRESHOLDS_2019;
const NOW_2021 = new Date('2021-12-31T23:00:00Z');
const NOW_2022 = new Date('2022-01-01T00:00:00Z');

describe('income level (2019 thresholds)', () => {
  it.each([
    // The cases named in the issue.
    [1200, 1, 2],
    [400, 1, 3],
    [0, 1, 4],
    [3300, 4, 1],
  ])('EUR %d for %d person(s) is level %d', (income, size, level) => {
    expect(incomeLevel(income, size, T)).toBe(level);
  });

  const edges = T.bySize.flatMap(({ size, a, b }) => [
    [size, a + 0.01, 1],
    [size, a, 2],
    [size, a - 0.01, 2],
    [size, b + 0.01, 2],
    [size, b, 3],
    [size, b - 0.01, 3],
    [size, 0.01, 3],
    [size, 0, 4],
  ]);
  it.each(edges)('household of %d with EUR %d is level %d', (size, income, level) => {
    expect(incomeLevel(income, size, T)).toBe(level);
  });

  it.each([
    [5, { a: 3630, b: 1365 }],
    [6, { a: 3985, b: 1500 }],
  ])('a household of %d adds the 3 -> 4 step per extra person', (size, expected) => {
    expect(incomeThresholdsForSize(T, size)).toEqual(expected);
    expect(incomeLevel(expected.a, size, T)).toBe(2);
    expect(incomeLevel(expected.a + 1, size, T)).toBe(1);
    expect(incomeLevel(expected.b, size, T)).toBe(3);
  });

  it('more income never gives a worse level, a larger household never a better one', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (first, second, size) => {
          const [low, high] = first <= second ? [first, second] : [second, first];
          expect(incomeLevel(high, size, T)).toBeLessThanOrEqual(incomeLevel(low, size, T));
          expect(incomeLevel(low, size + 1, T)).toBeGreaterThanOrEqual(incomeLevel(low, size, T));
          expect([1, 2, 3, 4]).toContain(incomeLevel(low, size, T));
        },
      ),
    );
  });

  it('warns only when now is more than two calendar years past the thresholds', () => {
    expect(incomeThresholdsOutdated(T, NOW_2021)).toBe(false);
    expect(incomeThresholdsOutdated(T, NOW_2022)).toBe(true);
  });

  it('fills the thresholds into the Inkomen statements', () => {
    const [level1, level2] = BRUG.dimensions[7].levels;
    expect(fillIncomeStatement(level1.statement, 1, T)).toContain('1.305');
    expect(fillIncomeStatement(level2.statement, 4, T)).toContain('1.230');
    expect(fillIncomeStatement(level2.statement, 4, T)).not.toContain('{');
  });
});

describe('housing level', () => {
  it.each([
    [{ monthlyCosts: 399, netMonthly: 1200 }, 1],
    [{ monthlyCosts: 400, netMonthly: 1200 }, 2],
    [{ monthlyCosts: 799, netMonthly: 1200 }, 2],
    [{ monthlyCosts: 800, netMonthly: 1200 }, 3],
    [{ monthlyCosts: 0, netMonthly: 1200 }, 1],
    // No income: nothing to compare the costs with, so no level (not 3).
    [{ monthlyCosts: 500, netMonthly: 0 }, null],
    [{ monthlyCosts: 0, netMonthly: 0 }, null],
    [{ monthlyCosts: 0, netMonthly: 0, temporary: true }, 4],
    [{ monthlyCosts: 500, netMonthly: 1200, temporary: true }, 4],
    [{ temporary: true }, 4],
    [{ monthlyCosts: 500 }, null],
  ])('%j is level %s', (input, level) => {
    expect(housingLevel(input).level).toBe(level);
  });
});

describe('scoreBrug', () => {
  const context = { now: NOW_2021, incomeThresholds: T, assessmentId: null };

  it('leaves Wonen open when there is no income to compare the housing costs with', () => {
    const result = scoreBrug(
      BRUG,
      {
        kind: 'brug-naar-zelfredzaamheid',
        levels: {},
        income: { netMonthly: 0, householdSize: 1 },
        housing: { monthlyCosts: 0 },
      },
      context,
    );
    expect(result.columns.find((column) => column.columnId === 'wonen')).toMatchObject({
      level: null,
      source: 'missing',
    });
    expect(result.housing).toEqual({ monthlyCosts: 0, temporary: false, share: null, level: null });
  });

  it('uses chosen levels, computes missing inkomen and wonen, and takes the worst per pillar', () => {
    const answers: BrugAnswers = {
      kind: 'brug-naar-zelfredzaamheid',
      levels: { 'zorg-voor-anderen': 3, gezondheid: 1, schulden: 2, spaargeld: 4 },
      income: { netMonthly: 2100, householdSize: 3 },
      housing: { monthlyCosts: 900 },
    };
    const result = scoreBrug(BRUG, answers, context);
    expect(BrugResultSchema.safeParse(result).success).toBe(true);
    expect(result.columns.map((column) => [column.columnId, column.level, column.source])).toEqual([
      ['wonen', 2, 'computed'],
      ['zorg-voor-anderen', 3, 'answered'],
      ['gezondheid', 1, 'answered'],
      ['sociale-contacten', null, 'missing'],
      ['schulden', 2, 'answered'],
      ['spaargeld', 4, 'answered'],
      ['diploma', null, 'missing'],
      ['inkomen', 2, 'computed'],
    ]);
    expect(result.pillars).toEqual([
      { pillarId: 'thuis', level: 3 },
      { pillarId: 'welzijn', level: 1 },
      { pillarId: 'geldzaken', level: 4 },
      { pillarId: 'opleiding', level: null },
      { pillarId: 'werk', level: 2 },
    ]);
    expect(result.income).toMatchObject({ thresholdA: 2920, thresholdB: 1095, level: 2 });
    expect(result.housing).toMatchObject({ level: 2, share: 900 / 2100 });
    expect(result.warnings).toEqual([]);
  });

  it('keeps a chosen level that differs from the computed one, with a warning', () => {
    const result = scoreBrug(
      BRUG,
      {
        kind: 'brug-naar-zelfredzaamheid',
        levels: { inkomen: 1, wonen: 1 },
        income: { netMonthly: 1200, householdSize: 1 },
        housing: { monthlyCosts: 700 },
      },
      { ...context, assessmentId: '00000000-0000-4000-8000-0000000000aa' },
    );
    expect(result.columns.find((column) => column.columnId === 'inkomen')?.level).toBe(1);
    expect(result.warnings.map((warning) => [warning.code, warning.values])).toEqual([
      ['housing-level-differs', { chosen: 1, computed: 2 }],
      ['income-level-differs', { chosen: 1, computed: 2 }],
    ]);
  });

  it('warns when the thresholds for the household size are extrapolated beyond the table', () => {
    const brug = (householdSize: number, levels: BrugAnswers['levels'] = {}): BrugAnswers => ({
      kind: 'brug-naar-zelfredzaamheid',
      levels,
      income: { netMonthly: 2000, householdSize },
    });
    const id = '00000000-0000-4000-8000-0000000000ab';
    const five = scoreBrug(BRUG, brug(5), { ...context, assessmentId: id });
    expect(BrugResultSchema.safeParse(five).success).toBe(true);
    expect(five.warnings).toEqual([
      {
        code: 'income-thresholds-extrapolated',
        assessmentId: id,
        values: { householdSize: 5, largestSize: 4, thresholdA: 3630, thresholdB: 1365 },
      },
    ]);
    // Also when the resident chose the level: the comparison still uses the extrapolated table.
    expect(
      scoreBrug(BRUG, brug(7, { inkomen: 2 }), context).warnings.map((warning) => warning.code),
    ).toEqual(['income-thresholds-extrapolated']);
    expect(scoreBrug(BRUG, brug(4), context).warnings).toEqual([]);
    expect(scoreBrug(BRUG, brug(1), context).warnings).toEqual([]);
  });

  it('warns about old thresholds whenever the Inkomen column is used', () => {
    const withIncome = scoreBrug(
      BRUG,
      {
        kind: 'brug-naar-zelfredzaamheid',
        levels: {},
        income: { netMonthly: 0, householdSize: 2 },
      },
      { ...context, now: NOW_2022 },
    );
    expect(withIncome.warnings).toEqual([
      { code: 'income-thresholds-outdated', assessmentId: null, values: { year: 2019 } },
    ]);
    const withoutIncome = scoreBrug(
      BRUG,
      { kind: 'brug-naar-zelfredzaamheid', levels: { wonen: 1 } },
      { ...context, now: NOW_2022 },
    );
    expect(withoutIncome.warnings).toEqual([]);
  });
});
