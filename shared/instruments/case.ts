import type { Assessment } from '../schemas/assessment';
import type {
  BrugResult,
  CaseScore,
  PgResult,
  ScoredAssessment,
  Warning,
} from '../schemas/results';
import { balanceFromProposals, householdBalance } from './balance';
import { DEFAULT_BALANCE_THRESHOLDS } from './draagkracht-draaglast';
import { proposeFactors, type ScoredSource } from './factor-proposals';
import { comparePositieveGezondheid } from './pg-scoring';
import type { SignalThresholds } from './rules-schema';
import { latestAssessments, liveAssessmentsInOrder, scoreAssessment } from './score';
import { DEFAULT_SIGNAL_THRESHOLDS } from './signal-thresholds';
import { deriveSignals, type SignalInput } from './signals';
import type { CaseInput } from './validate';

function scored(assessment: Assessment, result: ScoredAssessment['result']): ScoredAssessment {
  return {
    assessmentId: assessment.id,
    personId: assessment.personId,
    instrumentId: assessment.instrumentId,
    instrumentVersion: assessment.instrumentVersion,
    takenAt: assessment.takenAt,
    status: assessment.status,
    result,
  };
}

function sourceOf<R>(entry: ScoredAssessment, result: R): ScoredSource<R> {
  return { assessmentId: entry.assessmentId, instrumentId: entry.instrumentId, result };
}

/**
 * Everything derived for one household (or one loose assessment): per-assessment results,
 * T0/T1 per person (first and last live Positieve Gezondheid), proposed factors and the balance
 * per person (confirmed when a draagkracht/draaglast assessment exists, else from proposals),
 * the household balance, signals and warnings.
 */
export function scoreCase(
  input: CaseInput,
  context: Omit<SignalInput, 'assessments'>,
  signalThresholds: SignalThresholds = DEFAULT_SIGNAL_THRESHOLDS,
): CaseScore {
  const live = liveAssessmentsInOrder(input.assessments);
  const results = live.flatMap((assessment) => {
    const result = scoreAssessment(assessment, context);
    return result === undefined ? [] : [scored(assessment, result)];
  });
  const latestIds = new Set(
    latestAssessments(input.assessments).map((assessment) => assessment.id),
  );
  const latest = results.filter((entry) => latestIds.has(entry.assessmentId));

  const personIds = [
    ...new Set([
      ...input.persons.map((person) => person.id),
      ...input.assessments.map((assessment) => assessment.personId),
    ]),
  ];

  const comparisons = personIds.flatMap((personId) => {
    const pg = results.flatMap((entry) =>
      entry.personId === personId && entry.result.kind === 'positieve-gezondheid'
        ? [{ entry, result: entry.result }]
        : [],
    );
    const first = pg[0];
    const last = pg[pg.length - 1];
    if (pg.length < 2 || first === undefined || last === undefined) {
      return [];
    }
    const moment = ({ entry, result }: { entry: ScoredAssessment; result: PgResult }) => ({
      assessmentId: entry.assessmentId,
      instrumentId: entry.instrumentId,
      takenAt: entry.takenAt,
      result,
    });
    return [{ personId, ...comparePositieveGezondheid(moment(first), moment(last)) }];
  });

  const persons = personIds.map((personId) => {
    const own = latest.filter((entry) => entry.personId === personId);
    const pgSources: ScoredSource<PgResult>[] = [];
    const brugSources: ScoredSource<BrugResult>[] = [];
    for (const entry of own) {
      if (entry.result.kind === 'positieve-gezondheid') {
        pgSources.push(sourceOf(entry, entry.result));
      } else if (entry.result.kind === 'brug-naar-zelfredzaamheid') {
        brugSources.push(sourceOf(entry, entry.result));
      }
    }
    const proposedFactors = proposeFactors({ positieveGezondheid: pgSources, brug: brugSources });
    const confirmed = own.find((entry) => entry.result.kind === 'draagkracht-draaglast');
    const balance =
      confirmed?.result.kind === 'draagkracht-draaglast'
        ? confirmed.result.balance
        : proposedFactors.length > 0
          ? balanceFromProposals(
              proposedFactors,
              context.now,
              context.balanceThresholds ?? DEFAULT_BALANCE_THRESHOLDS,
            )
          : null;
    return { personId, balance, proposedFactors };
  });

  const warnings = new Map<string, Warning>();
  const add = (warning: Warning) => {
    warnings.set(`${warning.code}|${warning.assessmentId ?? ''}`, warning);
  };
  const livePersons = input.persons.filter((person) => person.deletedAt === undefined).length;
  for (const entry of latest) {
    if (entry.result.kind === 'brug-naar-zelfredzaamheid') {
      entry.result.warnings.forEach(add);
      const householdSize = entry.result.income?.householdSize;
      // Not an error: someone may live on the income without being part of the plan.
      if (
        input.household !== null &&
        householdSize !== undefined &&
        householdSize !== livePersons
      ) {
        add({
          code: 'household-size-differs',
          assessmentId: entry.assessmentId,
          values: { householdSize, persons: livePersons },
        });
      }
    }
  }

  return {
    now: context.now.toISOString().slice(0, 10),
    householdId: input.household?.id ?? null,
    results,
    comparisons,
    persons,
    household: householdBalance(persons),
    signals: deriveSignals({ ...context, assessments: input.assessments }, signalThresholds),
    warnings: [...warnings.values()],
  };
}
