import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../../shared/instruments/brug';
import { scoreBrug } from '../../../../../shared/instruments/brug-scoring';
import type {
  BrugDefinition,
  IncomeThresholds,
} from '../../../../../shared/instruments/definition-schema';
import type { BrugAnswers } from '../../../../../shared/schemas/assessment';
import type { BrugResult } from '../../../../../shared/schemas/results';
import type { BrugColumnId, BrugLevel } from '../../../../../shared/schemas/vocabulary';
import type { BrugLevels } from '../../../components/BridgeChart';

export interface BrugView {
  readonly result: BrugResult;
  readonly levels: BrugLevels;
  readonly computed: readonly BrugColumnId[];
}

/** Levels for the chart: a chosen level wins, Inkomen and Wonen may be computed (scoreBrug). */
export function brugView(
  answers: BrugAnswers,
  now: Date,
  definition: BrugDefinition = BRUG,
  incomeThresholds: IncomeThresholds = BRUG_INCOME_THRESHOLDS_2019,
): BrugView {
  const result = scoreBrug(definition, answers, { now, incomeThresholds, assessmentId: null });
  const levels: Partial<Record<BrugColumnId, BrugLevel | null>> = {};
  for (const column of result.columns) {
    levels[column.columnId] = column.level;
  }
  return {
    result,
    levels,
    computed: result.columns
      .filter((column) => column.source === 'computed')
      .map((column) => column.columnId),
  };
}
