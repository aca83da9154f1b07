import { emptyPlan, evaluationDue, nextEvaluationDate } from '../plan/plan-schema';

// The evaluation badge of a household in the caseload and the dossier, from the plan's evaluation
// days. The rules are the plan's own (evaluationDue, nextEvaluationDate); `today` comes in.

export type EvaluationStatus =
  { readonly kind: 'due' } | { readonly kind: 'planned'; readonly date: string };

export function evaluationStatus(
  evaluationDates: readonly string[] | undefined,
  today: string,
  lastEvaluation?: string,
): EvaluationStatus | undefined {
  if (evaluationDates === undefined || evaluationDates.length === 0) return undefined;
  const plan = { ...emptyPlan(), evaluationDates: [...evaluationDates] };
  if (evaluationDue(plan, today, lastEvaluation)) return { kind: 'due' };
  const next = nextEvaluationDate(plan, today);
  return next === undefined ? undefined : { kind: 'planned', date: next };
}
