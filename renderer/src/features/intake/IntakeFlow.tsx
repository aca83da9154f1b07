import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useNavigate } from 'react-router';
import { t } from '../../app/i18n';
import type { Person } from '../../../../shared/schemas/person';
import type { HouseholdDossier } from '../../db';
import { DraftNotice } from '../session/DraftNotice';
import { useDraft } from '../session/useDraft';
import { FinishIntake } from './FinishIntake';
import type { StepProps } from './intake-context';
import { INSTRUMENT_SLOTS, IntakeDraftSchema, withMembers, type IntakeDraft } from './intake-draft';
import { INTAKE_STEPS, intakeDraftKey, intakePath, type IntakeStep } from './intake-key';
import { StepNav, stepIsFilled } from './StepNav';
import { AdviceStepHost } from './steps/AdviceStepHost';
import { AgreementsStep } from './steps/AgreementsStep';
import { ChangesStep } from './steps/ChangesStep';
import { InstrumentsStep } from './steps/InstrumentsStep';
import { NetworkStep } from './steps/NetworkStep';
import { SummaryStep } from './steps/SummaryStep';
import { TextStep } from './steps/TextStep';

function StepBody({ step, ...props }: StepProps & { step: IntakeStep }): ReactNode {
  switch (step) {
    case 'vraag':
      return <TextStep {...props} field="question" />;
    case 'goed':
      return <TextStep {...props} field="strengths" />;
    case 'netwerk':
      return <NetworkStep {...props} />;
    case 'instrumenten':
      return <InstrumentsStep {...props} />;
    case 'advies':
      return <AdviceStepHost {...props} />;
    case 'veranderen':
      return <ChangesStep {...props} />;
    case 'samenvatting':
      return <SummaryStep {...props} />;
    case 'afspraken':
      return <AgreementsStep {...props} />;
  }
}

const ROLE_ORDER: readonly Person['role'][] = ['volwassene', 'jongere', 'kind'];

/** Live members: adults first, then young people, then children; oldest first within each. */
export function membersInOrder(persons: readonly Person[]): Person[] {
  return persons
    .filter((person) => person.deletedAt === undefined)
    .sort(
      (left, right) =>
        ROLE_ORDER.indexOf(left.role) - ROLE_ORDER.indexOf(right.role) ||
        (left.birthDate ?? '9999').localeCompare(right.birthDate ?? '9999') ||
        left.displayName.localeCompare(right.displayName, 'nl'),
    );
}

export interface IntakeFlowProps {
  readonly dossier: HouseholdDossier;
  readonly initialDraft: IntakeDraft;
  readonly step: IntakeStep;
}

/** The eight steps of an intake, autosaved as one sealed draft per household. */
export function IntakeFlow({ dossier, initialDraft, step }: IntakeFlowProps) {
  const { household } = dossier;
  const persons = useMemo(() => membersInOrder(dossier.persons), [dossier.persons]);
  const now = useMemo(() => new Date(), []);
  const navigate = useNavigate();
  const handle = useDraft(intakeDraftKey(household.id), initialDraft, IntakeDraftSchema);
  const { setValue } = handle;

  // Ids for members without reserved assessment ids yet: stable while the screen is open, and
  // stored with the first change, so nothing is written for a conversation nobody typed in.
  const [freshIds] = useState(
    () =>
      new Map(
        persons.flatMap((person) =>
          INSTRUMENT_SLOTS.map((slot) => [`${person.id}:${slot}`, crypto.randomUUID()] as const),
        ),
      ),
  );
  const draft = useMemo(
    () =>
      withMembers(
        handle.value,
        persons,
        (personId, slot) => freshIds.get(`${personId}:${slot}`) ?? crypto.randomUUID(),
      ),
    [handle.value, persons, freshIds],
  );
  // The newest draft for changes that arrive before the next render (two onChange calls in a row).
  const latest = useRef(draft);
  useLayoutEffect(() => {
    latest.current = draft;
  }, [draft]);
  const finishing = useRef(false);
  const update = useCallback(
    (change: (current: IntakeDraft) => IntakeDraft) => {
      if (finishing.current) return;
      const next = change(latest.current);
      latest.current = next;
      setValue(next);
    },
    [setValue],
  );

  useEffect(() => {
    if (latest.current.step !== step) update((current) => ({ ...current, step }));
  }, [step, update]);

  useEffect(() => {
    document.title = `${t(`intake.step.${step}`)} – ${t('intake.title', { household: household.label })} – ${t('app.name')}`;
  }, [step, household.label]);

  const index = INTAKE_STEPS.indexOf(step);
  const stepOf = t('intake.stepOf', { number: index + 1, total: INTAKE_STEPS.length });
  const stepTitle = t(`intake.step.${step}`);
  const previous = INTAKE_STEPS[index - 1];
  const next = INTAKE_STEPS[index + 1];
  const props: StepProps = { draft, update, household, persons, history: dossier.assessments, now };
  const filled = INTAKE_STEPS.filter((candidate) => stepIsFilled(candidate, draft, persons, now));

  return (
    <div className="intake">
      <p className="intake__household">{t('intake.title', { household: household.label })}</p>
      <StepNav householdId={household.id} current={step} filled={filled} />
      {/* The label reads as one sentence; visually the step number sits above the title. */}
      <h1 className="page-title intake__title" tabIndex={-1} aria-label={`${stepOf}: ${stepTitle}`}>
        <span className="intake__step-number">{stepOf}</span> {stepTitle}
      </h1>
      <div className="intake__body">
        <StepBody step={step} {...props} />
      </div>
      <DraftNotice status={handle.status} />
      {step === 'afspraken' ? (
        <FinishIntake
          draft={draft}
          dossier={dossier}
          persons={persons}
          clearDraft={handle.clear}
          onFinishing={(value) => {
            finishing.current = value;
          }}
        />
      ) : null}
      <nav className="intake__pager" aria-label={t('intake.stepNavLabel')}>
        {previous !== undefined ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => void navigate(intakePath(household.id, previous))}
          >
            ← {t('intake.previous')}: {t(`intake.step.${previous}`)}
          </button>
        ) : (
          <span />
        )}
        {next !== undefined ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => void navigate(intakePath(household.id, next))}
          >
            {t('intake.next')}: {t(`intake.step.${next}`)} →
          </button>
        ) : null}
      </nav>
    </div>
  );
}
