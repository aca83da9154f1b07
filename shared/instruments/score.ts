import type { Assessment, KansencirkelAnswers } from '../schemas/assessment';
import type { KansencirkelResult, ScoreResult } from '../schemas/results';
import { balanceFromAnswers } from './balance';
import { BRUG_INCOME_THRESHOLDS_2019 } from './brug';
import { scoreBrug } from './brug-scoring';
import type {
  BalanceThresholds,
  IncomeThresholds,
  InstrumentDefinition,
  KansencirkelDefinition,
} from './definition-schema';
import { DEFAULT_BALANCE_THRESHOLDS } from './draagkracht-draaglast';
import { findItemSet, type ItemSet } from './item-set';
import { scorePositieveGezondheid } from './pg-scoring';
import { findInstrument, INSTRUMENTS } from './registry';

/** Everything scoring needs besides the answers. Profiles may swap thresholds and definitions. */
export interface ScoringContext {
  readonly now: Date;
  readonly incomeThresholds?: IncomeThresholds;
  readonly balanceThresholds?: BalanceThresholds;
  readonly itemSets?: readonly ItemSet[];
  readonly instruments?: readonly InstrumentDefinition[];
}

export function scoreKansencirkel(
  definition: KansencirkelDefinition,
  answers: KansencirkelAnswers,
): KansencirkelResult {
  const areas = definition.dimensions.map((area) => ({
    areaId: area.id,
    status: answers.areas[area.id] ?? null,
  }));
  const count = (status: string | null) => areas.filter((area) => area.status === status).length;
  return {
    kind: 'kansencirkel',
    areas,
    counts: {
      gaatGoed: count('gaat-goed'),
      aandacht: count('aandacht'),
      zorg: count('zorg'),
      open: count(null),
    },
  };
}

/**
 * The derived result of one assessment; undefined when its instrument version is unknown or its
 * answers belong to another kind (validateAssessment reports both).
 */
export function scoreAssessment(
  assessment: Assessment,
  context: ScoringContext,
): ScoreResult | undefined {
  const definition = findInstrument(
    assessment.instrumentId,
    assessment.instrumentVersion,
    context.instruments ?? INSTRUMENTS,
  );
  const { answers } = assessment;
  if (definition === undefined || definition.kind !== answers.kind) {
    return undefined;
  }
  if (definition.kind === 'positieve-gezondheid' && answers.kind === 'positieve-gezondheid') {
    const itemSet =
      answers.items === undefined
        ? undefined
        : findItemSet(
            context.itemSets ?? [],
            answers.items.itemSetId,
            answers.items.itemSetVersion,
          );
    return scorePositieveGezondheid(definition, answers, itemSet);
  }
  if (
    definition.kind === 'brug-naar-zelfredzaamheid' &&
    answers.kind === 'brug-naar-zelfredzaamheid'
  ) {
    return scoreBrug(definition, answers, {
      now: context.now,
      incomeThresholds: context.incomeThresholds ?? BRUG_INCOME_THRESHOLDS_2019,
      assessmentId: assessment.id,
    });
  }
  if (definition.kind === 'draagkracht-draaglast' && answers.kind === 'draagkracht-draaglast') {
    return {
      kind: 'draagkracht-draaglast',
      balance: balanceFromAnswers(
        answers,
        context.now,
        context.balanceThresholds ?? DEFAULT_BALANCE_THRESHOLDS,
        definition,
      ),
    };
  }
  if (definition.kind === 'kansencirkel' && answers.kind === 'kansencirkel') {
    return scoreKansencirkel(definition, answers);
  }
  return undefined;
}

function newerThan(left: Assessment, right: Assessment): boolean {
  if (left.takenAt !== right.takenAt) {
    return left.takenAt > right.takenAt;
  }
  const leftUpdated = Date.parse(left.updatedAt);
  const rightUpdated = Date.parse(right.updatedAt);
  return leftUpdated !== rightUpdated ? leftUpdated > rightUpdated : left.rev > right.rev;
}

/** Not soft-deleted, oldest first (by day of the conversation, then last change). */
export function liveAssessmentsInOrder(assessments: readonly Assessment[]): Assessment[] {
  return assessments
    .filter((assessment) => assessment.deletedAt === undefined)
    .sort((left, right) => (newerThan(left, right) ? 1 : newerThan(right, left) ? -1 : 0));
}

/**
 * The most recent live assessment per person and instrument kind: what holds now. Drafts count,
 * so signals show during the conversation. Earlier assessments feed the T0/T1 comparison and
 * safety signals (deriveSignals), nothing else.
 */
export function latestAssessments(assessments: readonly Assessment[]): Assessment[] {
  const latest = new Map<string, Assessment>();
  for (const assessment of liveAssessmentsInOrder(assessments)) {
    latest.set(`${assessment.personId}|${assessment.answers.kind}`, assessment);
  }
  return [...latest.values()];
}
