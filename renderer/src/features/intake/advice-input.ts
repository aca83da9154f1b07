import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Person } from '../../../../shared/schemas/person';
import { draftAssessments, type IntakeDraft } from './intake-draft';

/**
 * What the advice sees: earlier assessments of the current members plus the ones of this
 * conversation. The engine reads the latest per person and instrument, so today's answers win.
 */
export function adviceAssessments(
  draft: IntakeDraft,
  persons: readonly Person[],
  history: readonly Assessment[],
  now: Date,
): Assessment[] {
  const current = draftAssessments(draft, persons, now);
  const ids = new Set(persons.map((person) => person.id));
  const reserved = new Set(current.map((assessment) => assessment.id));
  const earlier = history.filter(
    (assessment) =>
      ids.has(assessment.personId) &&
      assessment.deletedAt === undefined &&
      !reserved.has(assessment.id),
  );
  return [...earlier, ...current];
}
