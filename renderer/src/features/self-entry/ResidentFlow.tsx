import { useEffect, useRef, useState, type RefObject } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';
import { useNavigate } from 'react-router';
import type { BrugLevel } from '../../../../shared/schemas/vocabulary';
import type { Person } from '../../../../shared/schemas/person';
import { t } from '../../app/i18n';
import { FormAlert } from '../../components/FormAlert';
import { useAppStore } from '../../store';
import type { SelfEntry } from '../../store/self-entry-slice';
import { requireSession } from '../session/current-session';
import { useDraft, type DraftStatus } from '../session/useDraft';
import {
  emptyIntakeDraft,
  IntakeDraftSchema,
  memberInstruments,
  type IntakeDraft,
} from '../intake/intake-draft';
import { intakeDraftKey, intakePath } from '../intake/intake-key';
import { ExitDialog } from './ExitDialog';
import {
  answeredCount,
  answerOf,
  selfEntryQuestions,
  withBrugLevel,
  withPgScore,
  type SelfEntryQuestion,
} from './self-entry-draft';

const BRUG_LEVELS: readonly BrugLevel[] = [1, 2, 3, 4];

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; person: Person; draft: IntakeDraft };

/**
 * The resident's screen: loads the person and the intake draft, then one question at a time.
 * Until the draft is loaded nothing can be answered, so an answer never replaces a newer draft.
 */
export function ResidentFlow({ entry }: { entry: SelfEntry }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const { householdId, personId } = entry;

  useEffect(() => {
    let live = true;
    const session = requireSession();
    const now = new Date();
    void Promise.all([
      session.persons.get(personId, now, { purpose: 'zelfinvulmodus' }),
      session.drafts.get(intakeDraftKey(householdId), IntakeDraftSchema),
    ]).then(([person, draft]) => {
      if (!live) return;
      const found = person.ok && person.value.householdId === householdId ? person.value : null;
      if (found === null || found.deletedAt !== undefined || !draft.ok) {
        setLoaded({ status: 'failed' });
        return;
      }
      setLoaded({
        status: 'ready',
        person: found,
        draft: draft.value?.value ?? emptyIntakeDraft(now),
      });
    });
    return () => {
      live = false;
    };
  }, [householdId, personId]);

  const exit = useExit(entry, () => Promise.resolve());
  if (loaded.status === 'ready') {
    return <Questions entry={entry} person={loaded.person} initial={loaded.draft} />;
  }
  return (
    <>
      <ExitBar onExit={exit.openDialog} />
      {exit.dialog}
      {loaded.status === 'loading' ? (
        <p className="self-entry__loading" role="status">
          {t('selfEntry.loading')}
        </p>
      ) : (
        <FormAlert message={t('selfEntry.saveFailed')} />
      )}
    </>
  );
}

/** "Terug naar de professional" and its dialog; the right PIN or passphrase ends the mode. */
function useExit(entry: SelfEntry, beforeLeave: () => Promise<void>) {
  const [open, setOpen] = useState(false);
  const endSelfEntry = useAppStore((state) => state.endSelfEntry);
  const navigate = useNavigate();
  const dialog = (
    <ExitDialog
      isOpen={open}
      onCancel={() => {
        setOpen(false);
      }}
      onVerified={() => {
        // The answers are sealed before the intake screen reads the draft again.
        void beforeLeave().then(() => {
          endSelfEntry();
          void navigate(intakePath(entry.householdId, 'instrumenten'));
        });
      }}
    />
  );
  return {
    dialog,
    openDialog: () => {
      setOpen(true);
    },
  };
}

function ExitBar({ onExit, progress }: { onExit: () => void; progress?: string | undefined }) {
  return (
    <div className="self-entry__bar">
      <p className="self-entry__progress">{progress}</p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action self-entry__exit"
        onClick={onExit}
      >
        {t('selfEntry.exit')}
      </button>
    </div>
  );
}

function Questions({
  entry,
  person,
  initial,
}: {
  entry: SelfEntry;
  person: Person;
  initial: IntakeDraft;
}) {
  const draft = useDraft(intakeDraftKey(entry.householdId), initial, IntakeDraftSchema);
  const [now] = useState(() => new Date());
  const pg = memberInstruments(person, draft.value.members[person.id], now).pg;
  const questions = selfEntryQuestions(entry.instrument, pg);
  // questions.length is the "Klaar" screen after the last question.
  const [index, setIndex] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const exit = useExit(entry, async () => {
    await draft.flush();
    if (draft.status === 'idle' || draft.status === 'restored') return;
    // Saving the value once more waits for a write already under way (one queue per session),
    // so the intake screen never reads a draft older than the last answer.
    await requireSession().drafts.save(intakeDraftKey(entry.householdId), draft.value, new Date());
  });

  useEffect(() => {
    headingRef.current?.focus();
    document.title = t('selfEntry.frameLabel');
  }, [index]);

  const question = questions[index];
  const total = questions.length;
  const answered = answeredCount(draft.value, person.id, questions);

  const answer = (value: number) => {
    if (question === undefined) return;
    if (question.kind === 'pg') {
      if (pg === null) return;
      draft.setValue(withPgScore(draft.value, person.id, pg, question.id, value));
    } else {
      const level = BRUG_LEVELS.find((candidate) => candidate === value);
      if (level !== undefined) {
        draft.setValue(withBrugLevel(draft.value, person.id, question.id, level));
      }
    }
  };

  return (
    <>
      <ExitBar
        onExit={exit.openDialog}
        progress={
          question === undefined
            ? undefined
            : t('selfEntry.progress', { current: index + 1, total })
        }
      />
      {total > 0 ? <ProgressDots total={total} current={index} /> : null}
      {question === undefined ? (
        <section className="self-entry__done" aria-labelledby="self-entry-heading">
          <h1 id="self-entry-heading" ref={headingRef} tabIndex={-1} className="self-entry__title">
            {t('selfEntry.done.title')}
          </h1>
          <p>{t('selfEntry.done.body', { answered, total })}</p>
          <p>{t('selfEntry.done.change')}</p>
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action self-entry__nav-button"
            onClick={exit.openDialog}
          >
            {t('selfEntry.exit')}
          </button>
        </section>
      ) : (
        <QuestionView
          key={question.id}
          question={question}
          value={answerOf(draft.value, person.id, question)}
          headingRef={headingRef}
          onAnswer={answer}
        />
      )}
      <div className="self-entry__nav">
        {index > 0 ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action self-entry__nav-button"
            onClick={() => {
              setIndex(index - 1);
            }}
          >
            {t('selfEntry.previous')}
          </button>
        ) : (
          <span />
        )}
        {question !== undefined ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--primary-action self-entry__nav-button"
            onClick={() => {
              setIndex(index + 1);
            }}
          >
            {t(index === total - 1 ? 'selfEntry.finish' : 'selfEntry.next')}
          </button>
        ) : null}
      </div>
      <SaveNotice status={draft.status} />
      {exit.dialog}
    </>
  );
}

function ProgressDots({ total, current }: { total: number; current: number }) {
  return (
    <ol className="self-entry__dots" aria-hidden="true">
      {Array.from({ length: total }, (_, position) => (
        <li
          key={position}
          className={
            position < current
              ? 'self-entry__dot self-entry__dot--past'
              : position === current
                ? 'self-entry__dot self-entry__dot--current'
                : 'self-entry__dot'
          }
        />
      ))}
    </ol>
  );
}

function QuestionView({
  question,
  value,
  headingRef,
  onAnswer,
}: {
  question: SelfEntryQuestion;
  value: number | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer: (value: number) => void;
}) {
  const title = question.kind === 'pg' ? question.title : question.column.label;
  return (
    <section className="self-entry__question" aria-labelledby="self-entry-heading">
      <h1 id="self-entry-heading" ref={headingRef} tabIndex={-1} className="self-entry__title">
        {title}
      </h1>
      {question.kind === 'pg' ? (
        <RadioGroup
          className="self-entry__group"
          orientation="horizontal"
          value={value === undefined ? null : String(value)}
          onChange={(key) => {
            onAnswer(Number(key));
          }}
        >
          <Label className="self-entry__prompt">{question.prompt}</Label>
          <Text slot="description" className="self-entry__hint">
            {t('selfEntry.pg.scale')}
          </Text>
          <div className="self-entry__scale">
            {Array.from({ length: question.max - question.min + 1 }, (_, offset) => {
              const score = question.min + offset;
              return (
                <RadioField key={score} value={String(score)} className="self-entry__field">
                  <RadioButton className="self-entry__tile self-entry__tile--score">
                    {score}
                  </RadioButton>
                </RadioField>
              );
            })}
          </div>
          <div className="self-entry__ends" aria-hidden="true">
            <span>{t('selfEntry.pg.low')}</span>
            <span>{t('selfEntry.pg.high')}</span>
          </div>
        </RadioGroup>
      ) : (
        <RadioGroup
          className="self-entry__group"
          value={value === undefined ? null : String(value)}
          onChange={(key) => {
            onAnswer(Number(key));
          }}
        >
          <Label className="self-entry__prompt">{t('selfEntry.brug.question')}</Label>
          <div className="self-entry__statements">
            {question.column.levels.map((option) => (
              <RadioField
                key={option.level}
                value={String(option.level)}
                className="self-entry__field"
              >
                <RadioButton className="self-entry__tile self-entry__tile--statement">
                  {option.statement}
                </RadioButton>
              </RadioField>
            ))}
          </div>
        </RadioGroup>
      )}
      <p className="self-entry__hint">{t('selfEntry.skip')}</p>
    </section>
  );
}

function SaveNotice({ status }: { status: DraftStatus }) {
  const failed = status === 'storage-full' || status === 'failed';
  return (
    <>
      <FormAlert message={failed ? t('selfEntry.saveFailed') : null} />
      <p className="self-entry__saved" role="status">
        {status === 'saving'
          ? t('selfEntry.saving')
          : status === 'saved'
            ? t('selfEntry.saved')
            : null}
      </p>
    </>
  );
}
