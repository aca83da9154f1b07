import type { BrugAnswers } from '../schemas/assessment';
import type { BrugColumnResult, BrugResult, Warning } from '../schemas/results';
import type { BrugLevel } from '../schemas/vocabulary';
import { INCOME_THRESHOLDS_MAX_AGE_YEARS } from './brug';
import type { BrugDefinition, IncomeThresholds } from './definition-schema';

export interface IncomeThresholdPair {
  readonly a: number;
  readonly b: number;
}

/** Thresholds for a household size; sizes beyond the table add `extraPerson` per person. */
export function incomeThresholdsForSize(
  thresholds: IncomeThresholds,
  householdSize: number,
): IncomeThresholdPair {
  const size = Math.max(1, Math.floor(householdSize));
  const listed = thresholds.bySize.find((row) => row.size === size);
  if (listed !== undefined) {
    return { a: listed.a, b: listed.b };
  }
  const largest = thresholds.bySize[thresholds.bySize.length - 1];
  if (largest === undefined) {
    return { a: 0, b: 0 };
  }
  const extra = size - largest.size;
  return {
    a: largest.a + extra * thresholds.extraPerson.a,
    b: largest.b + extra * thresholds.extraPerson.b,
  };
}

/**
 * The source lists thresholds up to some household size (4 in 2019); for larger households
 * incomeThresholdsForSize extrapolates, which the professional must be told.
 */
export function incomeThresholdsExtrapolated(
  thresholds: IncomeThresholds,
  householdSize: number,
): boolean {
  const size = Math.max(1, Math.floor(householdSize));
  return !thresholds.bySize.some((row) => row.size === size);
}

/**
 * Brug level of the column Inkomen. The source says level 1 is "meer dan A", so an income of
 * exactly A is level 2; likewise an income of exactly B is level 3. One rule for every edge: an
 * amount right on a threshold counts as the less self-reliant level. No income (0) is level 4.
 */
export function incomeLevel(
  netMonthly: number,
  householdSize: number,
  thresholds: IncomeThresholds,
): BrugLevel {
  const { a, b } = incomeThresholdsForSize(thresholds, householdSize);
  if (netMonthly > a) {
    return 1;
  }
  if (netMonthly > b) {
    return 2;
  }
  return netMonthly > 0 ? 3 : 4;
}

export interface HousingInput {
  readonly monthlyCosts?: number | undefined;
  readonly temporary?: boolean | undefined;
  readonly netMonthly?: number | undefined;
}

/**
 * Brug level of the column Wonen from housing costs as a share of net income: below 1/3 is 1,
 * below 2/3 is 2, otherwise 3; temporary housing is 4. Exactly 1/3 or 2/3 counts as the less
 * self-reliant level, as with income. Compared in whole multiples to avoid rounding errors.
 * Without income (missing or 0) there is no share, so no level: the resident chooses.
 */
export function housingLevel(input: HousingInput): {
  level: BrugLevel | null;
  share: number | null;
} {
  const { monthlyCosts, netMonthly } = input;
  const share =
    monthlyCosts !== undefined && netMonthly !== undefined && netMonthly > 0
      ? monthlyCosts / netMonthly
      : null;
  if (input.temporary === true) {
    return { level: 4, share };
  }
  if (monthlyCosts === undefined || netMonthly === undefined || netMonthly <= 0) {
    return { level: null, share };
  }
  if (monthlyCosts * 3 < netMonthly) {
    return { level: 1, share };
  }
  return { level: monthlyCosts * 3 < netMonthly * 2 ? 2 : 3, share };
}

/** Thresholds are outdated when `now` is more than two calendar years past their year. */
export function incomeThresholdsOutdated(
  thresholds: IncomeThresholds,
  now: Date,
  maxAgeYears: number = INCOME_THRESHOLDS_MAX_AGE_YEARS,
): boolean {
  return now.getUTCFullYear() - thresholds.year > maxAgeYears;
}

/** Fills {grensA} and {grensB} of an Inkomen statement for one household size. */
export function fillIncomeStatement(
  statement: string,
  householdSize: number,
  thresholds: IncomeThresholds,
): string {
  const { a, b } = incomeThresholdsForSize(thresholds, householdSize);
  const euros = (amount: number) => amount.toLocaleString('nl-NL');
  return statement.replaceAll('{grensA}', euros(a)).replaceAll('{grensB}', euros(b));
}

export interface BrugContext {
  readonly now: Date;
  readonly incomeThresholds: IncomeThresholds;
  readonly assessmentId: string | null;
}

/**
 * Levels per column and pillar. A level the resident chose wins over a computed one; when they
 * differ the result carries a warning, so the professional can talk it through.
 */
export function scoreBrug(
  definition: BrugDefinition,
  answers: BrugAnswers,
  context: BrugContext,
): BrugResult {
  const warnings: Warning[] = [];
  const { income: incomeAnswer, housing: housingAnswer } = answers;
  const computedIncome =
    incomeAnswer === undefined
      ? undefined
      : incomeLevel(incomeAnswer.netMonthly, incomeAnswer.householdSize, context.incomeThresholds);
  const housing =
    housingAnswer === undefined
      ? undefined
      : housingLevel({
          monthlyCosts: housingAnswer.monthlyCosts,
          temporary: housingAnswer.temporary,
          netMonthly: incomeAnswer?.netMonthly,
        });

  const columns: BrugColumnResult[] = definition.dimensions.map((column) => {
    const answered = answers.levels[column.id];
    const computed =
      column.id === 'inkomen'
        ? computedIncome
        : column.id === 'wonen'
          ? (housing?.level ?? undefined)
          : undefined;
    if (answered !== undefined && computed !== undefined && answered !== computed) {
      warnings.push({
        code: column.id === 'inkomen' ? 'income-level-differs' : 'housing-level-differs',
        assessmentId: context.assessmentId,
        values: { chosen: answered, computed },
      });
    }
    const level = answered ?? computed ?? null;
    const source =
      answered !== undefined ? 'answered' : computed !== undefined ? 'computed' : 'missing';
    return { columnId: column.id, pillarId: column.pillarId, level, source };
  });

  const pair =
    incomeAnswer === undefined
      ? undefined
      : incomeThresholdsForSize(context.incomeThresholds, incomeAnswer.householdSize);
  if (
    incomeAnswer !== undefined &&
    pair !== undefined &&
    incomeThresholdsExtrapolated(context.incomeThresholds, incomeAnswer.householdSize)
  ) {
    warnings.push({
      code: 'income-thresholds-extrapolated',
      assessmentId: context.assessmentId,
      values: {
        householdSize: incomeAnswer.householdSize,
        largestSize: Math.max(...context.incomeThresholds.bySize.map((row) => row.size)),
        thresholdA: pair.a,
        thresholdB: pair.b,
      },
    });
  }

  const incomeColumn = columns.find((column) => column.columnId === 'inkomen');
  if (
    incomeColumn !== undefined &&
    incomeColumn.level !== null &&
    incomeThresholdsOutdated(context.incomeThresholds, context.now)
  ) {
    warnings.unshift({
      code: 'income-thresholds-outdated',
      assessmentId: null,
      values: { year: context.incomeThresholds.year },
    });
  }

  const income =
    incomeAnswer === undefined || computedIncome === undefined || pair === undefined
      ? null
      : {
          netMonthly: incomeAnswer.netMonthly,
          householdSize: incomeAnswer.householdSize,
          thresholdA: pair.a,
          thresholdB: pair.b,
          thresholdsYear: context.incomeThresholds.year,
          level: computedIncome,
        };

  return {
    kind: 'brug-naar-zelfredzaamheid',
    columns,
    pillars: definition.pillars.map((pillar) => {
      const levels = columns.flatMap((column) =>
        column.pillarId === pillar.id && column.level !== null ? [column.level] : [],
      );
      return {
        pillarId: pillar.id,
        level: levels.length === 0 ? null : (Math.max(...levels) as BrugLevel),
      };
    }),
    income,
    housing:
      housingAnswer === undefined || housing === undefined
        ? null
        : {
            monthlyCosts: housingAnswer.monthlyCosts ?? null,
            temporary: housingAnswer.temporary ?? false,
            share: housing.share,
            level: housing.level,
          },
    warnings,
  };
}
