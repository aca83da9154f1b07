import { useEffect, useState } from 'react';
import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Person } from '../../../../shared/schemas/person';
import { storageText, t } from '../../app/i18n';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import { useAppStore } from '../../store';
import type { SelfEntryInstrument } from '../../store/self-entry-slice';
import { requireSession } from '../session/current-session';
import { IntakeDraftSchema, memberInstruments, type IntakeDraft } from '../intake/intake-draft';
import { intakeDraftKey, intakePath } from '../intake/intake-key';
import { answeredCount, selfEntryQuestions } from './self-entry-draft';
import '../../styles/self-entry.css';

type Loaded =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; person: Person; draft: IntakeDraft | null; pinSet: boolean };

/**
 * `/huishouden/:householdId/zelf/:personId` for the professional: choose the spinnenweb or the
 * Brug and hand over the laptop. From then on Layout shows only the resident's screen.
 */
export function SelfEntryScreen() {
  const { householdId = '', personId = '' } = useParams();
  // `?instrument=brug` (or pg) preselects the questionnaire the intake link came from.
  const [params] = useSearchParams();
  const preferred = params.get('instrument') === 'brug' ? 'brug' : 'pg';
  // A new household or person in the address starts from a fresh load.
  return (
    <SelfEntryStart
      key={`${householdId}/${personId}`}
      householdId={householdId}
      personId={personId}
      preferred={preferred}
    />
  );
}

function SelfEntryStart({
  householdId,
  personId,
  preferred,
}: {
  householdId: string;
  personId: string;
  preferred: SelfEntryInstrument;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    const session = requireSession();
    const now = new Date();
    void Promise.all([
      session.openHousehold(householdId, now, { purpose: 'zelfinvulmodus' }),
      session.drafts.get(intakeDraftKey(householdId), IntakeDraftSchema),
      session.exitPin.isSet(),
    ]).then(([dossier, draft, pin]) => {
      if (!live) return;
      if (!dossier.ok) {
        setLoaded(
          dossier.error.code === 'not-found'
            ? { status: 'not-found' }
            : { status: 'failed', message: storageText(dossier.error.code) },
        );
        return;
      }
      const person = dossier.value.persons.find((candidate) => candidate.id === personId);
      if (person === undefined) {
        setLoaded({ status: 'not-found' });
        return;
      }
      if (!draft.ok) {
        // A draft that cannot be read is never overwritten from here.
        setLoaded({ status: 'failed', message: t('selfEntry.start.draftFailed') });
        return;
      }
      setLoaded({
        status: 'ready',
        person,
        draft: draft.value?.value ?? null,
        pinSet: pin.ok && pin.value,
      });
    });
    return () => {
      live = false;
    };
  }, [householdId, personId]);

  switch (loaded.status) {
    case 'loading':
      return (
        <p className="busy" role="status">
          {t('selfEntry.start.loading')}
        </p>
      );
    case 'not-found':
      return (
        <>
          <PageTitle>{t('selfEntry.start.notFoundTitle')}</PageTitle>
          <p>{t('selfEntry.start.notFound')}</p>
          <p>
            <Link to="/">{t('selfEntry.start.backToCaseload')}</Link>
          </p>
        </>
      );
    case 'failed':
      return (
        <>
          <PageTitle>{t('error.title')}</PageTitle>
          <FormAlert message={loaded.message} />
          <p>
            <Link to={intakePath(householdId, 'instrumenten')}>{t('selfEntry.start.back')}</Link>
          </p>
        </>
      );
    case 'ready':
      return (
        <StartView
          householdId={householdId}
          person={loaded.person}
          draft={loaded.draft}
          pinSet={loaded.pinSet}
          preferred={preferred}
        />
      );
  }
}

function StartView({
  householdId,
  person,
  draft,
  pinSet,
  preferred,
}: {
  householdId: string;
  person: Person;
  draft: IntakeDraft | null;
  pinSet: boolean;
  preferred: SelfEntryInstrument;
}) {
  const startSelfEntry = useAppStore((state) => state.startSelfEntry);
  const [now] = useState(() => new Date());
  const fits = memberInstruments(person, draft?.members[person.id], now);
  const options: SelfEntryInstrument[] = [
    ...(fits.pg !== null ? (['pg'] as const) : []),
    ...(fits.brug ? (['brug'] as const) : []),
  ];
  const [choice, setChoice] = useState<SelfEntryInstrument | undefined>(
    options.includes(preferred) ? preferred : options[0],
  );
  const name = person.displayName;

  const hint = (instrument: SelfEntryInstrument) => {
    const questions = selfEntryQuestions(instrument, fits.pg);
    const total = questions.length;
    const answered = draft === null ? 0 : answeredCount(draft, person.id, questions);
    const base = t(instrument === 'pg' ? 'selfEntry.start.pgHint' : 'selfEntry.start.brugHint', {
      count: total,
    });
    return answered > 0
      ? `${base} ${t('selfEntry.start.answered', { count: answered, total })}`
      : base;
  };

  return (
    <>
      <PageTitle>{t('selfEntry.start.title', { name })}</PageTitle>
      <p className="lead">{t('selfEntry.start.intro', { name })}</p>
      {options.length === 0 || choice === undefined ? (
        <div className="utrecht-alert utrecht-alert--info">
          <div className="utrecht-alert__content">
            <p className="utrecht-alert__message">{t('selfEntry.start.none', { name })}</p>
          </div>
        </div>
      ) : (
        <section className="panel">
          <RadioGroup
            className="self-entry-start__group"
            value={choice}
            onChange={(value) => {
              setChoice(value === 'brug' ? 'brug' : 'pg');
            }}
          >
            <Label className="self-entry-start__label">
              {t('selfEntry.start.choiceLabel', { name })}
            </Label>
            {options.map((instrument) => (
              <RadioField key={instrument} value={instrument}>
                <RadioButton className="self-entry-start__option">
                  <span className="self-entry-start__name">
                    {t(instrument === 'pg' ? 'selfEntry.start.pg' : 'selfEntry.start.brug')}
                  </span>
                  <span className="self-entry-start__hint">{hint(instrument)}</span>
                </RadioButton>
              </RadioField>
            ))}
          </RadioGroup>
          <p>{t(pinSet ? 'selfEntry.start.exitWithPin' : 'selfEntry.start.exitWithPassphrase')}</p>
          <div className="utrecht-button-group">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => {
                startSelfEntry({ householdId, personId: person.id, instrument: choice });
              }}
            >
              {t('selfEntry.start.go', { name })}
            </button>
          </div>
        </section>
      )}
      <p>
        <Link to={intakePath(householdId, 'instrumenten')}>{t('selfEntry.start.back')}</Link>
      </p>
    </>
  );
}
