import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { FieldError, Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { formatPreventionIssue } from '../../../../shared/prevention/issues';
import { OPGAVEN, THEMES } from '../../../../shared/prevention/kaders';
import type { Suggestion, SuggestResult } from '../../../../shared/prevention/result';
import { toPreventionLevel } from '../../../../shared/prevention/rules';
import {
  ActorSchema,
  DeclineReasonSchema,
  PreventionLevelSchema,
  type Actor,
  type DeclineReason,
  type OpgaveId,
  type PreventionLevel,
} from '../../../../shared/prevention/vocabulary';
import type { CatalogueEntry, Profile } from '../../../../shared/profiles/schema';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Household } from '../../../../shared/schemas/household';
import type { Person } from '../../../../shared/schemas/person';
import { t } from '../../app/i18n';
import { computeAdvice } from './advice-case';
import type { AdviceDecisionDraft, AdviceDraft, OwnAddition } from './advice-draft';
import { evidenceLines, kaderTexts } from './advice-text';
import '../../styles/advice.css';

export interface AdviceStepProps {
  household: Household;
  persons: readonly Person[];
  assessments: readonly Assessment[];
  safetyConcern: boolean;
  profile: Profile;
  now: Date;
  value: AdviceDraft;
  onChange: (value: AdviceDraft) => void;
}

interface Group {
  level: PreventionLevel;
  suggestions: Suggestion[];
}

/** Groups by level; a group's place is that of its first suggestion, so the engine's order holds. */
export function groupByLevel(suggestions: readonly Suggestion[]): Group[] {
  const groups = new Map<PreventionLevel, Suggestion[]>();
  for (const suggestion of [...suggestions].sort((left, right) => left.rank - right.rank)) {
    const list = groups.get(suggestion.level) ?? [];
    list.push(suggestion);
    groups.set(suggestion.level, list);
  }
  return [...groups].map(([level, list]) => ({ level, suggestions: list }));
}

function opgaveText(suggestion: Pick<Suggestion, 'theme' | 'opgave'>): string {
  const theme = THEMES.find((entry) => entry.id === suggestion.theme)?.title ?? suggestion.theme;
  const opgave: string =
    OPGAVEN.find((entry) => entry.id === suggestion.opgave)?.title ?? suggestion.opgave;
  return t('adviceUi.themeValue', { theme, opgave });
}

function declineText(decision: Extract<AdviceDecisionDraft, { kind: 'declined' }>): string {
  const reason = t(`prevention.decline.${decision.reason}`);
  return decision.note === undefined
    ? t('adviceUi.statusDeclined', { reason })
    : t('adviceUi.statusDeclinedNote', { reason, note: decision.note });
}

/**
 * Step "Advies" of the intake: the engine's preventie-advies for this household under the chosen
 * gemeente profile, with why each option is there. The professional accepts or declines (with a
 * reason) each suggestion and may add options; nothing is stored here (controlled component).
 */
export function AdviceStep({
  household,
  persons,
  assessments,
  safetyConcern,
  profile,
  now,
  value,
  onChange,
}: AdviceStepProps) {
  // The day is enough for ages and the life-event window; a new Date each render must not re-run it.
  const day = now.toISOString().slice(0, 10);
  const outcome = useMemo(
    () =>
      computeAdvice(
        { household, persons, assessments, safetyConcern },
        profile,
        new Date(`${day}T12:00:00Z`),
      ),
    [household, persons, assessments, safetyConcern, profile, day],
  );
  const [announcement, setAnnouncement] = useState('');
  const titleId = useId();

  const names = useMemo(
    () => new Map(persons.map((person) => [person.id, person.displayName])),
    [persons],
  );

  return (
    <section className="advice" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('adviceUi.title', { profile: profile.name })}</h2>
      <p className="advice__note">{t('adviceUi.profileNote')}</p>
      <p className="lead">{t('prevention.advice')}</p>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {outcome.ok ? (
        <AdviceBody
          result={outcome.result}
          profile={profile}
          nameOf={(personId) => names.get(personId)}
          value={value}
          onChange={onChange}
          announce={setAnnouncement}
        />
      ) : (
        <div className="notice notice--warning">
          <p className="notice__title">{t('adviceUi.cannotAdvise')}</p>
          <ul>
            {outcome.issues.map((issue) => {
              const text = formatPreventionIssue(issue);
              return <li key={text}>{text}</li>;
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

function AdviceBody({
  result,
  profile,
  nameOf,
  value,
  onChange,
  announce,
}: {
  result: SuggestResult;
  profile: Profile;
  nameOf: (personId: string) => string | undefined;
  value: AdviceDraft;
  onChange: (value: AdviceDraft) => void;
  announce: (text: string) => void;
}) {
  const ids = useId();
  const groups = groupByLevel(result.suggestions);
  const decided = result.suggestions.filter(
    (suggestion) => value.decisions[suggestion.catalogueId] !== undefined,
  ).length;

  const decide = (suggestion: Suggestion, decision: AdviceDecisionDraft | null) => {
    const others = Object.fromEntries(
      Object.entries(value.decisions).filter(
        ([catalogueId]) => catalogueId !== suggestion.catalogueId,
      ),
    );
    onChange({
      ...value,
      decisions: decision === null ? others : { ...others, [suggestion.catalogueId]: decision },
    });
    announce(
      t(
        decision === null
          ? 'adviceUi.announceOpen'
          : decision.kind === 'accepted'
            ? 'adviceUi.announceAccepted'
            : 'adviceUi.announceDeclined',
        { title: suggestion.title },
      ),
    );
  };

  return (
    <>
      {result.flags.veiligheid ? (
        <div className="notice notice--danger advice__safety">
          <p className="notice__title">{t('adviceUi.safetyTitle')}</p>
          <p>{t('adviceUi.safetyBody')}</p>
        </div>
      ) : null}
      <LevelSummary result={result} nameOf={nameOf} />
      <section className="advice__suggestions" aria-labelledby={`${ids}-groups`}>
        <h3 id={`${ids}-groups`}>{t('adviceUi.groupsTitle')}</h3>
        {groups.length === 0 ? (
          <p>{t('adviceUi.none')}</p>
        ) : (
          <>
            <p>{t('adviceUi.groupsIntro')}</p>
            <p className="advice__progress">
              {t('adviceUi.progress', { decided, total: result.suggestions.length })}
            </p>
          </>
        )}
        {groups.map((group) => (
          <section
            key={group.level}
            className={`advice-group advice-group--${group.level}`}
            aria-labelledby={`${ids}-${group.level}`}
          >
            <div className="advice-group__head">
              <h4 id={`${ids}-${group.level}`} className="advice-group__title">
                {t(`adviceUi.group.${group.level}`)}
              </h4>
              <p className="advice-group__count">
                {group.suggestions.length === 1
                  ? t('adviceUi.groupCountOne')
                  : t('adviceUi.groupCount', { count: group.suggestions.length })}
              </p>
            </div>
            <ol className="advice-list">
              {group.suggestions.map((suggestion) => (
                <li key={suggestion.catalogueId}>
                  <SuggestionCard
                    suggestion={suggestion}
                    entry={profile.catalogue.find((entry) => entry.id === suggestion.catalogueId)}
                    nameOf={nameOf}
                    decision={value.decisions[suggestion.catalogueId]}
                    onDecide={(decision) => {
                      decide(suggestion, decision);
                    }}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      <AddOwn
        profile={profile}
        suggested={new Set(result.suggestions.map((suggestion) => suggestion.catalogueId))}
        additions={value.additions}
        onAdd={(addition) => {
          onChange({ ...value, additions: [...value.additions, addition] });
          announce(t('adviceUi.added', { title: addition.title }));
        }}
        onRemove={(addition) => {
          onChange({
            ...value,
            additions: value.additions.filter((entry) => entry.id !== addition.id),
          });
          announce(t('adviceUi.announceRemoved', { title: addition.title }));
        }}
      />
    </>
  );
}

function LevelSummary({
  result,
  nameOf,
}: {
  result: SuggestResult;
  nameOf: (personId: string) => string | undefined;
}) {
  const titleId = useId();
  return (
    <section className="panel advice__level" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('adviceUi.levelTitle')}</h3>
      <p className={`advice-badge advice-badge--${result.level}`}>
        {t('adviceUi.levelValue', { level: t(`prevention.level.${result.level}`) })}
      </p>
      <p>{t(`adviceUi.levelExplain.${result.level}`)}</p>
      {result.normaliseren !== null ? (
        <div className="notice notice--success">
          <p className="notice__title">{t('adviceUi.normaliserenTitle')}</p>
          <p>{t(`prevention.normaliseren.${result.normaliseren.code}`)}</p>
        </div>
      ) : null}
      {result.flags.bestaanszekerheid ? (
        <div className="notice notice--warning">
          <p className="notice__title">{t('adviceUi.bestaanszekerheidTitle')}</p>
          <p>{t('prevention.reason.bestaanszekerheid-eerst')}</p>
        </div>
      ) : null}
      {result.flags.grenzen.length > 0 ? (
        <div className="notice notice--warning">
          <p className="notice__title">{t('adviceUi.grenzenTitle')}</p>
          <ul>
            {result.flags.grenzen.map((entry) => (
              <li key={entry.personId}>
                {t('adviceUi.grenzenPerson', {
                  name: nameOf(entry.personId) ?? t('adviceUi.household'),
                  reasons: entry.codes.map((code) => t(`prevention.grenzen.${code}`)).join(' '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function SuggestionCard({
  suggestion,
  entry,
  nameOf,
  decision,
  onDecide,
}: {
  suggestion: Suggestion;
  entry: CatalogueEntry | undefined;
  nameOf: (personId: string) => string | undefined;
  decision: AdviceDecisionDraft | undefined;
  onDecide: (decision: AdviceDecisionDraft | null) => void;
}) {
  const [declining, setDeclining] = useState(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const acceptButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const status =
    decision === undefined
      ? t('adviceUi.statusOpen')
      : decision.kind === 'accepted'
        ? t('adviceUi.statusAccepted')
        : declineText(decision);
  const evidence = evidenceLines(suggestion.evidence, nameOf);
  // A suggestion for the household as a whole is for everyone in it: no need to list names.
  const forWhom = suggestion.personIds.includes(null)
    ? t('adviceUi.household')
    : [
        ...new Set(
          suggestion.personIds.map((personId) =>
            personId === null ? t('adviceUi.household') : (nameOf(personId) ?? personId),
          ),
        ),
      ].join(', ');
  const closeDecline = () => {
    setDeclining(false);
    // The form goes away: the keyboard goes back to where it came from.
    requestAnimationFrame(() => declineButton.current?.focus());
  };

  return (
    <article
      className={`advice-card advice-card--${decision?.kind ?? 'open'}`}
      aria-labelledby={titleId}
    >
      <header className="advice-card__header">
        <p className="advice-card__rank">{t('adviceUi.rank', { rank: suggestion.rank })}</p>
        <h5 id={titleId} className="advice-card__title">
          {suggestion.title}
        </h5>
        {suggestion.step === 'eigen-kracht' || suggestion.step === 'netwerk' ? (
          <p className="advice-card__step">{t(`prevention.step.${suggestion.step}`)}</p>
        ) : null}
      </header>
      {entry !== undefined ? <p>{entry.description}</p> : null}
      <dl className="advice-card__facts">
        <dt>{t('adviceUi.provider')}</dt>
        <dd>{suggestion.provider}</dd>
        <dt>{t('adviceUi.actor')}</dt>
        <dd>{t(`prevention.actor.${suggestion.actor}`)}</dd>
        <dt>{t('adviceUi.form')}</dt>
        <dd>{t(suggestion.collective ? 'adviceUi.collective' : 'adviceUi.individual')}</dd>
        <dt>{t('adviceUi.forWhom')}</dt>
        <dd>{forWhom}</dd>
        <dt>{t('adviceUi.theme')}</dt>
        <dd>{opgaveText(suggestion)}</dd>
      </dl>
      <div className="advice-card__why">
        <p className="advice-card__subtitle">{t('adviceUi.why')}</p>
        <ul>
          {suggestion.reasons.map((reason) => (
            <li key={reason}>{t(`prevention.reason.${reason}`)}</li>
          ))}
        </ul>
        {/* The answers behind a suggestion can be a long list; folded, the cards stay short
            enough to read together, and one click shows every answer. */}
        <details className="advice-card__evidence">
          <summary className="advice-card__subtitle">
            {t('adviceUi.evidenceCount', { count: evidence.length })}
          </summary>
          <ul>
            {evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
        <p className="advice-card__subtitle">{t('adviceUi.kaders')}</p>
        <ul className="advice-kaders">
          {kaderTexts(suggestion.kaders).map((kader) => (
            <li key={kader.id}>
              <details>
                <summary>{t('adviceUi.kader', { id: kader.id, title: kader.title })}</summary>
                <p>{kader.summary}</p>
              </details>
            </li>
          ))}
        </ul>
      </div>
      <p className={`advice-card__status advice-card__status--${decision?.kind ?? 'open'}`}>
        {status}
      </p>
      <div className="button-row advice-card__actions">
        <button
          ref={acceptButton}
          type="button"
          className={decision?.kind === 'accepted' ? 'button button--primary' : 'button'}
          aria-pressed={decision?.kind === 'accepted'}
          aria-label={t('adviceUi.acceptLabel', { title: suggestion.title })}
          onClick={() => {
            setDeclining(false);
            onDecide(decision?.kind === 'accepted' ? null : { kind: 'accepted' });
          }}
        >
          {t('adviceUi.accept')}
        </button>
        <button
          ref={declineButton}
          type="button"
          className={decision?.kind === 'declined' ? 'button button--primary' : 'button'}
          aria-pressed={decision?.kind === 'declined'}
          aria-expanded={declining}
          aria-label={t('adviceUi.declineLabel', { title: suggestion.title })}
          onClick={() => {
            setDeclining(!declining);
          }}
        >
          {t('adviceUi.decline')}
        </button>
        {decision !== undefined ? (
          <button
            type="button"
            className="link-button advice-card__undo"
            aria-label={t('adviceUi.undoLabel', { title: suggestion.title })}
            onClick={() => {
              setDeclining(false);
              onDecide(null);
              requestAnimationFrame(() => acceptButton.current?.focus());
            }}
          >
            {t('adviceUi.undo')}
          </button>
        ) : null}
      </div>
      {declining ? (
        <DeclineForm
          title={suggestion.title}
          initial={decision?.kind === 'declined' ? decision : undefined}
          onCancel={closeDecline}
          onSave={(declined) => {
            onDecide(declined);
            closeDecline();
          }}
        />
      ) : null}
    </article>
  );
}

function DeclineForm({
  title,
  initial,
  onCancel,
  onSave,
}: {
  title: string;
  initial: Extract<AdviceDecisionDraft, { kind: 'declined' }> | undefined;
  onCancel: () => void;
  onSave: (decision: Extract<AdviceDecisionDraft, { kind: 'declined' }>) => void;
}) {
  const [reason, setReason] = useState<DeclineReason | null>(initial?.reason ?? null);
  const [note, setNote] = useState(initial?.note ?? '');
  const [errors, setErrors] = useState<{ reason?: string; note?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);
  const noteId = useId();
  const noteHintId = useId();
  const noteErrorId = useId();

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, []);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const trimmed = note.trim();
    const next: { reason?: string; note?: string } = {};
    if (reason === null) next.reason = t('adviceUi.errorReason');
    if (reason === 'anders' && trimmed === '') next.note = t('adviceUi.errorNote');
    setErrors(next);
    if (reason === null) {
      formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    if (next.note !== undefined) {
      document.getElementById(noteId)?.focus();
      return;
    }
    onSave({ kind: 'declined', reason, ...(trimmed === '' ? {} : { note: trimmed }) });
  };

  return (
    <form ref={formRef} className="advice-decline" noValidate onSubmit={submit}>
      <RadioGroup
        className="advice-radios"
        value={reason}
        isRequired
        isInvalid={errors.reason !== undefined}
        validationBehavior="aria"
        onChange={(selected) => {
          const parsed = DeclineReasonSchema.safeParse(selected);
          if (parsed.success) setReason(parsed.data);
        }}
      >
        <Label className="field__label">{t('adviceUi.declineLegend', { title })}</Label>
        <FieldError className="field__error">{errors.reason}</FieldError>
        {DeclineReasonSchema.options.map((option) => (
          <RadioField key={option} value={option} className="advice-radio-field">
            <RadioButton className="advice-radio">{t(`prevention.decline.${option}`)}</RadioButton>
          </RadioField>
        ))}
      </RadioGroup>
      <div className={errors.note === undefined ? 'field' : 'field field--invalid'}>
        <label className="field__label" htmlFor={noteId}>
          {t('adviceUi.declineNote')}
        </label>
        <span id={noteHintId} className="field__hint">
          {t('adviceUi.declineNoteHint')}
        </span>
        {errors.note !== undefined ? (
          <span id={noteErrorId} className="field__error">
            {errors.note}
          </span>
        ) : null}
        <textarea
          id={noteId}
          className="input advice-textarea"
          rows={3}
          maxLength={1000}
          value={note}
          aria-invalid={errors.note === undefined ? undefined : true}
          aria-describedby={errors.note === undefined ? noteHintId : `${noteErrorId} ${noteHintId}`}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {t('adviceUi.declineSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('adviceUi.cancel')}
        </button>
      </div>
    </form>
  );
}

type Source = 'catalogue' | 'own';

function AddOwn({
  profile,
  suggested,
  additions,
  onAdd,
  onRemove,
}: {
  profile: Profile;
  suggested: ReadonlySet<string>;
  additions: readonly OwnAddition[];
  onAdd: (addition: OwnAddition) => void;
  onRemove: (addition: OwnAddition) => void;
}) {
  const titleId = useId();
  const [source, setSource] = useState<Source>('catalogue');
  const [entryId, setEntryId] = useState('');
  const [title, setTitle] = useState('');
  const [actor, setActor] = useState<Actor | ''>('');
  const [level, setLevel] = useState<PreventionLevel | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ids = {
    entry: useId(),
    title: useId(),
    actor: useId(),
    level: useId(),
    note: useId(),
    error: useId(),
  };
  const added = new Set(additions.map((addition) => addition.catalogueId));
  const options = profile.catalogue.filter(
    (entry) =>
      entry.available &&
      entry.level !== 'veiligheid' &&
      !suggested.has(entry.id) &&
      !added.has(entry.id),
  );
  const entry = options.find((candidate) => candidate.id === entryId);
  const chosenActor: Actor = actor === '' ? (entry?.actor ?? 'inwoner') : actor;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (source === 'catalogue' && entry === undefined) {
      setError(t('adviceUi.addErrorEntry'));
      document.getElementById(ids.entry)?.focus();
      return;
    }
    if (source === 'own' && title.trim() === '') {
      setError(t('adviceUi.addErrorTitle'));
      document.getElementById(ids.title)?.focus();
      return;
    }
    const trimmedNote = note.trim();
    const base = {
      id: crypto.randomUUID(),
      actor: chosenActor,
      ...(trimmedNote === '' ? {} : { note: trimmedNote }),
    };
    if (source === 'catalogue' && entry !== undefined) {
      const opgave: OpgaveId | undefined = entry.opgaven[0];
      onAdd({
        ...base,
        catalogueId: entry.id,
        title: entry.name,
        level: toPreventionLevel(entry.level),
        ...(opgave === undefined
          ? {}
          : {
              opgave,
              theme: opgave.startsWith('t1') ? 'T1' : opgave.startsWith('t2') ? 'T2' : 'T3',
            }),
      });
    } else {
      onAdd({
        ...base,
        catalogueId: null,
        title: title.trim(),
        ...(level === '' ? {} : { level }),
      });
    }
    setError(null);
    setEntryId('');
    setTitle('');
    setActor('');
    setLevel('');
    setNote('');
  };

  const errorFor = (field: 'entry' | 'title') =>
    error !== null && (field === 'entry') === (source === 'catalogue') ? error : null;

  return (
    <section className="panel advice-add" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('adviceUi.addTitle')}</h3>
      <p>{t('adviceUi.addIntro')}</p>
      {additions.length > 0 ? (
        <>
          <h4>{t('adviceUi.addedTitle')}</h4>
          <ul className="advice-added">
            {additions.map((addition) => (
              <li key={addition.id}>
                <span>
                  {t('adviceUi.addedItem', {
                    title: addition.title,
                    actor: t(`prevention.actor.${addition.actor}`),
                  })}
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={t('adviceUi.removeLabel', { title: addition.title })}
                  onClick={() => {
                    onRemove(addition);
                  }}
                >
                  {t('adviceUi.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form noValidate onSubmit={submit}>
        <RadioGroup
          className="advice-radios advice-radios--inline"
          value={source}
          onChange={(selected) => {
            setSource(selected === 'own' ? 'own' : 'catalogue');
            setError(null);
          }}
        >
          <Label className="field__label">{t('adviceUi.addSource')}</Label>
          <RadioField value="catalogue" className="advice-radio-field">
            <RadioButton className="advice-radio">{t('adviceUi.addFromCatalogue')}</RadioButton>
          </RadioField>
          <RadioField value="own" className="advice-radio-field">
            <RadioButton className="advice-radio">{t('adviceUi.addOwnWords')}</RadioButton>
          </RadioField>
        </RadioGroup>
        {source === 'catalogue' ? (
          <div className={errorFor('entry') === null ? 'field' : 'field field--invalid'}>
            <label className="field__label" htmlFor={ids.entry}>
              {t('adviceUi.addEntry')}
            </label>
            {errorFor('entry') !== null ? (
              <span id={ids.error} className="field__error">
                {errorFor('entry')}
              </span>
            ) : null}
            <select
              id={ids.entry}
              className="input advice-select"
              value={entryId}
              aria-invalid={errorFor('entry') === null ? undefined : true}
              aria-describedby={errorFor('entry') === null ? undefined : ids.error}
              onChange={(event) => {
                setEntryId(event.target.value);
                setActor('');
              }}
            >
              <option value="">{t('adviceUi.addEntryChoose')}</option>
              {PreventionLevelSchema.options.map((group) => {
                const inGroup = options.filter(
                  (candidate) => toPreventionLevel(candidate.level) === group,
                );
                return inGroup.length === 0 ? null : (
                  <optgroup key={group} label={t(`adviceUi.group.${group}`)}>
                    {inGroup.map((candidate) => (
                      <option key={candidate.id} value={candidate.id}>
                        {t('adviceUi.addEntryOption', {
                          name: candidate.name,
                          provider: candidate.provider,
                        })}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </div>
        ) : (
          <>
            <div className={errorFor('title') === null ? 'field' : 'field field--invalid'}>
              <label className="field__label" htmlFor={ids.title}>
                {t('adviceUi.addTitleLabel')}
              </label>
              {errorFor('title') !== null ? (
                <span id={ids.error} className="field__error">
                  {errorFor('title')}
                </span>
              ) : null}
              <input
                id={ids.title}
                className="input"
                type="text"
                maxLength={200}
                value={title}
                aria-invalid={errorFor('title') === null ? undefined : true}
                aria-describedby={errorFor('title') === null ? undefined : ids.error}
                onChange={(event) => {
                  setTitle(event.target.value);
                }}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={ids.level}>
                {t('adviceUi.addLevel')}
              </label>
              <select
                id={ids.level}
                className="input advice-select"
                value={level}
                onChange={(event) => {
                  const parsed = PreventionLevelSchema.safeParse(event.target.value);
                  setLevel(parsed.success ? parsed.data : '');
                }}
              >
                <option value="">{t('adviceUi.addLevelNone')}</option>
                {PreventionLevelSchema.options
                  .filter((option) => option !== 'veiligheid')
                  .map((option) => (
                    <option key={option} value={option}>
                      {t(`adviceUi.group.${option}`)}
                    </option>
                  ))}
              </select>
            </div>
          </>
        )}
        <div className="field">
          <label className="field__label" htmlFor={ids.actor}>
            {t('adviceUi.addActor')}
          </label>
          <select
            id={ids.actor}
            className="input advice-select"
            value={chosenActor}
            onChange={(event) => {
              const parsed = ActorSchema.safeParse(event.target.value);
              if (parsed.success) setActor(parsed.data);
            }}
          >
            {ActorSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`prevention.actor.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.note}>
            {t('adviceUi.addNote')}
          </label>
          <textarea
            id={ids.note}
            className="input advice-textarea"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('adviceUi.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
