import { Link } from 'react-router';
import { t } from '../../app/i18n';
import type { Person } from '../../../../shared/schemas/person';
import { draftAssessments, type IntakeDraft } from './intake-draft';
import { INTAKE_STEPS, intakePath, type IntakeStep } from './intake-key';

/** Whether a step holds any input; the summary lists the steps that do not. */
export function stepIsFilled(
  step: IntakeStep,
  draft: IntakeDraft,
  persons: readonly Person[],
  now: Date,
): boolean {
  switch (step) {
    case 'vraag':
      return draft.question.trim() !== '';
    case 'goed':
      return draft.strengths.trim() !== '';
    case 'netwerk':
      return draft.network.length > 0;
    case 'instrumenten':
      return draftAssessments(draft, persons, now).length > 0;
    case 'advies':
      return Object.keys(draft.advice.decisions).length > 0 || draft.advice.additions.length > 0;
    case 'veranderen':
      return draft.changes.some((change) => change.words.trim() !== '');
    case 'samenvatting':
      return draft.avePhase !== undefined;
    case 'afspraken':
      return draft.agreements.length > 0;
  }
}

/** The step indicator: an ordered list of links, the current one marked for screen readers. */
export function StepNav({
  householdId,
  current,
  filled,
}: {
  householdId: string;
  current: IntakeStep;
  filled: readonly IntakeStep[];
}) {
  return (
    <nav className="intake-steps" aria-label={t('intake.stepsLabel')}>
      <ol className="intake-steps__list">
        {INTAKE_STEPS.map((step, index) => {
          const isCurrent = step === current;
          const isFilled = filled.includes(step);
          return (
            <li
              key={step}
              className={[
                'intake-steps__item',
                isCurrent ? 'intake-steps__item--current' : '',
                isFilled ? 'intake-steps__item--filled' : '',
              ].join(' ')}
            >
              <Link
                to={intakePath(householdId, step)}
                className="intake-steps__link"
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="intake-steps__number" aria-hidden="true">
                  {isFilled && !isCurrent ? '✓' : index + 1}
                </span>
                <span className="intake-steps__label">{t(`intake.step.${step}`)}</span>
                {isFilled ? (
                  <>
                    {' '}
                    <span className="visually-hidden">({t('intake.stepFilled')})</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
