import { proposeAvePhase, type AveProposal } from '../../../../shared/instruments/ave';
import { scoreCase } from '../../../../shared/instruments/case';
import type { SuggestResult } from '../../../../shared/prevention/result';
import type { Profile } from '../../../../shared/profiles/schema';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import type { CaseScore } from '../../../../shared/schemas/results';
import { computeAdvice } from '../advice/advice-case';
import { adviceAssessments } from './advice-input';
import type { IntakeDraft } from './intake-draft';

export interface IntakeDerived {
  readonly assessments: readonly Assessment[];
  readonly score: CaseScore;
  readonly ave: AveProposal;
}

/** Scores, signals and the proposed AVE phase of everything this conversation knows. */
export function deriveIntake(
  draft: IntakeDraft,
  household: Household,
  persons: readonly Person[],
  history: readonly Assessment[],
  now: Date,
): IntakeDerived {
  const assessments = adviceAssessments(draft, persons, history, now);
  const score = scoreCase({ household, persons, assessments }, { now });
  const ave = proposeAvePhase({
    signals: score.signals,
    safetyConcern: draft.safetyConcern === true,
    householdBalance: score.household.level,
  });
  return { assessments, score, ave };
}

/** The engine result the professional decided on, or null when the case does not check out. */
export function adviceResult(
  draft: IntakeDraft,
  household: Household,
  persons: readonly Person[],
  history: readonly Assessment[],
  profile: Profile,
  now: Date,
): SuggestResult | null {
  const outcome = computeAdvice(
    {
      household,
      persons,
      assessments: adviceAssessments(draft, persons, history, now),
      safetyConcern: draft.safetyConcern === true,
    },
    profile,
    now,
  );
  return outcome.ok ? outcome.result : null;
}
