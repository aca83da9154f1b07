import { useMemo } from 'react';
import { t } from '../../../app/i18n';
import { AdviceStep } from '../../advice/AdviceStep';
import { useActiveProfile } from '../../profiles/useActiveProfile';
import { adviceAssessments } from '../advice-input';
import type { StepProps } from '../intake-context';

/** Step 5: the advice (H8's AdviceStep) on this conversation's answers and the active profile. */
export function AdviceStepHost({ draft, update, household, persons, history, now }: StepProps) {
  const profile = useActiveProfile();
  const assessments = useMemo(
    () => adviceAssessments(draft, persons, history, now),
    [draft, persons, history, now],
  );
  if (profile.status === 'loading') {
    return (
      <p className="busy" role="status">
        {t('intake.advies.loading')}
      </p>
    );
  }
  return (
    <AdviceStep
      household={household}
      persons={persons}
      assessments={assessments}
      safetyConcern={draft.safetyConcern === true}
      profile={profile.profile}
      now={now}
      value={draft.advice}
      onChange={(advice) => {
        update((current) => ({ ...current, advice }));
      }}
    />
  );
}
