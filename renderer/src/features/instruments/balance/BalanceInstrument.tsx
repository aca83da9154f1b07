import { useEffect, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import { balanceFromAnswers } from '../../../../../shared/instruments/balance';
import {
  addCatalogueFactor,
  addLifeEvent,
  addOwnFactor,
  confirmProposal,
  dismissedOpenProposals,
  openProposals,
  proposalsFromSources,
  removeFactor,
  removeLifeEvent,
  setLifeEventDate,
  updateFactor,
  type BalanceSources,
} from '../../../../../shared/instruments/balance-editing';
import { BRUG } from '../../../../../shared/instruments/brug';
import type { IncomeThresholds } from '../../../../../shared/instruments/definition-schema';
import {
  DEFAULT_BALANCE_THRESHOLDS,
  DRAAGKRACHT_DRAAGLAST,
} from '../../../../../shared/instruments/draagkracht-draaglast';
import { findFactor, findLifeEvent } from '../../../../../shared/instruments/registry';
import type { BalanceAnswers, FactorAnswer } from '../../../../../shared/schemas/assessment';
import type { Person } from '../../../../../shared/schemas/person';
import type {
  BalanceLifeEventEntry,
  Evidence,
  ProposedFactor,
} from '../../../../../shared/schemas/results';
import type {
  FactorDuration,
  FactorSide,
  FactorWeight,
  SphereId,
} from '../../../../../shared/schemas/vocabulary';
import { formatDate, formatNumber, t } from '../../../app/i18n';
import { BalanceScale } from '../../../components/BalanceScale';
import '../../../styles/balance.css';

export interface BalanceInstrumentProps {
  readonly person: Person;
  readonly value: BalanceAnswers;
  readonly dismissedProposals: readonly string[];
  readonly onChange: (next: { value: BalanceAnswers; dismissedProposals: string[] }) => void;
  readonly sources: BalanceSources;
  readonly now: Date;
  /** Level of the instrument's own section headings: 3 when it sits under a page's h2. */
  readonly headingLevel?: 2 | 3 | undefined;
  /** The active profile's Brug income thresholds, so proposals match the Brug's own levels. */
  readonly incomeThresholds?: IncomeThresholds | undefined;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

function headingTags(level: 2 | 3): { H2: HeadingTag; H3: HeadingTag; H4: HeadingTag } {
  return level === 2 ? { H2: 'h2', H3: 'h3', H4: 'h4' } : { H2: 'h3', H3: 'h4', H4: 'h5' };
}

const SPHERES = DRAAGKRACHT_DRAAGLAST.spheres;
const SIDES: readonly FactorSide[] = ['draagkracht', 'draaglast'];
const WEIGHTS: readonly FactorWeight[] = [1, 2, 3];
const DURATIONS: readonly FactorDuration[] = ['tijdelijk', 'permanent'];
const OWN = 'eigen';

function sphereLabel(sphereId: SphereId): string {
  return SPHERES.find((sphere) => sphere.id === sphereId)?.label ?? sphereId;
}

interface PlacedFactor {
  readonly answer: FactorAnswer;
  readonly label: string;
  readonly sphere: SphereId;
  readonly side: FactorSide;
  readonly own: boolean;
}

/** Catalogue factors take sphere, side and name from the catalogue; own factors bring them. */
function placeFactor(answer: FactorAnswer): PlacedFactor | undefined {
  const known = findFactor(answer.factorId);
  const sphere = known?.sphere ?? answer.sphere;
  const side = known?.factor.side ?? answer.side;
  if (sphere === undefined || side === undefined) return undefined;
  return {
    answer,
    label: known?.factor.label ?? answer.label ?? answer.factorId,
    sphere,
    side,
    own: known === undefined,
  };
}

function evidenceText(evidence: Evidence, sources: BalanceSources): string {
  if (evidence.instrumentId === BRUG.id) {
    const column = BRUG.dimensions.find((dimension) => dimension.id === evidence.field);
    return t('balance.evidence.brug', {
      column: column?.label ?? evidence.field,
      level: String(evidence.value),
    });
  }
  const dimension = sources.pg?.definition.dimensions.find((entry) => entry.id === evidence.field);
  return t('balance.evidence.pg', {
    dimension: dimension?.label ?? evidence.field,
    score:
      typeof evidence.value === 'number' ? formatNumber(evidence.value) : String(evidence.value),
  });
}

/** YYYY-MM-DD as a local calendar day, so the shown date never shifts by a time zone. */
function localDay(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day);
}

/**
 * The draagkracht/draaglast balance of one person: proposals from the other instruments, the
 * factors per sphere with weight and duration, life events, and the picture. Controlled: every
 * edit goes out through onChange; nothing is stored here.
 */
export function BalanceInstrument({
  person,
  value,
  dismissedProposals,
  onChange,
  sources,
  now,
  headingLevel = 2,
  incomeThresholds,
}: BalanceInstrumentProps) {
  const { H2, H3, H4 } = headingTags(headingLevel);
  const { pg, brug } = sources;
  const proposals = useMemo(
    () => proposalsFromSources({ pg, brug }, now, incomeThresholds),
    [pg, brug, now, incomeThresholds],
  );
  const open = openProposals(proposals, value, dismissedProposals);
  const dismissed = dismissedOpenProposals(proposals, value, dismissedProposals);
  const balance = useMemo(() => balanceFromAnswers(value, now), [value, now]);
  const placed = value.factors.flatMap((answer) => {
    const factor = placeFactor(answer);
    return factor === undefined ? [] : [factor];
  });

  const baseId = useId();
  const [announcement, setAnnouncement] = useState('');
  const proposalsHeading = useRef<HTMLHeadingElement>(null);
  const proposalList = useRef<HTMLUListElement>(null);
  const sphereHeadings = useRef(new Map<SphereId, HTMLHeadingElement>());
  const eventsHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the element that had it disappears (a handled proposal, a removed row).
  const pendingFocus = useRef<
    | { kind: 'proposal'; index: number }
    | { kind: 'sphere'; sphere: SphereId }
    | { kind: 'events' }
    | null
  >(null);
  const setPendingFocus = (target: NonNullable<typeof pendingFocus.current>) => {
    pendingFocus.current = target;
  };

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target.kind === 'proposal') {
      const buttons =
        proposalList.current?.querySelectorAll<HTMLButtonElement>('[data-proposal-confirm]');
      const next = buttons?.[Math.min(target.index, buttons.length - 1)];
      (next ?? proposalsHeading.current)?.focus();
    } else if (target.kind === 'sphere') {
      sphereHeadings.current.get(target.sphere)?.focus();
    } else {
      eventsHeading.current?.focus();
    }
  });

  const emit = (
    nextValue: BalanceAnswers,
    nextDismissed: readonly string[] = dismissedProposals,
  ) => {
    onChange({ value: nextValue, dismissedProposals: [...nextDismissed] });
  };

  const confirm = (proposal: ProposedFactor, index: number) => {
    emit(confirmProposal(value, proposal));
    setAnnouncement(
      t('balance.proposals.confirmed', {
        label: proposal.label,
        sphere: sphereLabel(proposal.sphere),
      }),
    );
    setPendingFocus({ kind: 'proposal', index });
  };
  const dismiss = (proposal: ProposedFactor, index: number) => {
    emit(value, [
      ...dismissedProposals.filter((id) => id !== proposal.factorId),
      proposal.factorId,
    ]);
    setAnnouncement(t('balance.proposals.dismissedNotice', { label: proposal.label }));
    setPendingFocus({ kind: 'proposal', index });
  };
  const restore = (proposal: ProposedFactor) => {
    const nextDismissed = dismissedProposals.filter((id) => id !== proposal.factorId);
    emit(value, nextDismissed);
    setAnnouncement(t('balance.proposals.restored', { label: proposal.label }));
    // The restored card takes its place in the list order, not at the end: focus that one.
    const index = openProposals(proposals, value, nextDismissed).findIndex(
      (entry) => entry.factorId === proposal.factorId,
    );
    setPendingFocus({ kind: 'proposal', index: Math.max(index, 0) });
  };

  const countedEvents = balance.spheres.flatMap((sphere) => sphere.lifeEvents);

  return (
    <div className="balance">
      <p className="balance__intro">{t('balance.intro', { name: person.displayName })}</p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>

      <section className="balance__section" aria-labelledby={`${baseId}-proposals`}>
        <H2 id={`${baseId}-proposals`} ref={proposalsHeading} tabIndex={-1}>
          {t('balance.proposals.title')}
        </H2>
        {proposals.length === 0 ? (
          <p>{t('balance.proposals.noSources')}</p>
        ) : open.length === 0 ? (
          <p>{t('balance.proposals.allHandled')}</p>
        ) : (
          <>
            <p>{t('balance.proposals.intro')}</p>
            <ul className="balance-proposals" ref={proposalList}>
              {open.map((proposal, index) => (
                <ProposalCard
                  key={proposal.factorId}
                  H3={H3}
                  proposal={proposal}
                  evidence={proposal.evidence.map((entry) => evidenceText(entry, sources))}
                  onConfirm={() => {
                    confirm(proposal, index);
                  }}
                  onDismiss={() => {
                    dismiss(proposal, index);
                  }}
                />
              ))}
            </ul>
          </>
        )}
        {dismissed.length > 0 && (
          <details className="balance-dismissed">
            <summary>{t('balance.proposals.dismissedTitle', { count: dismissed.length })}</summary>
            <ul>
              {dismissed.map((proposal) => (
                <li key={proposal.factorId}>
                  <span>{proposal.label}</span>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => {
                      restore(proposal);
                    }}
                  >
                    {t('balance.proposals.restore')}
                    <span className="visually-hidden">: {proposal.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section className="balance__section" aria-labelledby={`${baseId}-factors`}>
        <H2 id={`${baseId}-factors`}>{t('balance.factors.title')}</H2>
        {SPHERES.map((sphere) => (
          <section
            key={sphere.id}
            className="balance-sphere-edit"
            aria-labelledby={`${baseId}-${sphere.id}`}
          >
            <H3
              id={`${baseId}-${sphere.id}`}
              tabIndex={-1}
              ref={(element) => {
                if (element) sphereHeadings.current.set(sphere.id, element);
                else sphereHeadings.current.delete(sphere.id);
              }}
            >
              {sphere.label}
            </H3>
            <p className="balance-sphere-edit__description">{sphere.description}</p>
            <div className="balance-sphere-edit__sides">
              {SIDES.map((side) => {
                const factors = placed.filter(
                  (factor) => factor.sphere === sphere.id && factor.side === side,
                );
                return (
                  <div key={side} className={`balance-side balance-side--${side}`}>
                    <H4 className="balance-side__title">
                      {t(`balance.side.${side}`)}
                      <span className="balance-side__hint">
                        : {t(`balance.side.${side}Hint`).toLowerCase()}
                      </span>
                    </H4>
                    {factors.length === 0 ? (
                      <p className="balance-side__empty">{t('balance.factors.empty')}</p>
                    ) : (
                      <ul className="balance-factors">
                        {factors.map((factor) => (
                          <FactorRow
                            key={factor.answer.factorId}
                            factor={factor}
                            onChange={(change) => {
                              emit(updateFactor(value, factor.answer.factorId, change));
                            }}
                            onRemove={() => {
                              emit(removeFactor(value, factor.answer.factorId));
                              setAnnouncement(t('balance.factor.removed', { label: factor.label }));
                              setPendingFocus({ kind: 'sphere', sphere: sphere.id });
                            }}
                          />
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          </section>
        ))}
        <AddFactor
          H3={H3}
          value={value}
          onAdd={(nextValue, label, sphere) => {
            emit(nextValue);
            setAnnouncement(t('balance.add.added', { label, sphere: sphereLabel(sphere) }));
          }}
        />
      </section>

      <section className="balance__section" aria-labelledby={`${baseId}-events`}>
        <H2 id={`${baseId}-events`} ref={eventsHeading} tabIndex={-1}>
          {t('balance.events.title')}
        </H2>
        <p>{t('balance.events.intro', { months: DEFAULT_BALANCE_THRESHOLDS.lifeEventMonths })}</p>
        {(value.lifeEvents ?? []).length === 0 ? (
          <p className="balance-side__empty">{t('balance.events.none')}</p>
        ) : (
          <ul className="balance-events">
            {(value.lifeEvents ?? []).map((event) => (
              <LifeEventRow
                key={event.eventId}
                eventId={event.eventId}
                date={event.date}
                entry={countedEvents.find((entry) => entry.eventId === event.eventId)}
                onDate={(date) => {
                  emit(setLifeEventDate(value, event.eventId, date));
                }}
                onRemove={(label) => {
                  emit(removeLifeEvent(value, event.eventId));
                  setAnnouncement(t('balance.factor.removed', { label }));
                  setPendingFocus({ kind: 'events' });
                }}
              />
            ))}
          </ul>
        )}
        <AddLifeEvent
          value={value}
          onAdd={(nextValue, label) => {
            emit(nextValue);
            setAnnouncement(t('balance.events.added', { label }));
          }}
        />
      </section>

      <section className="balance__section" aria-labelledby={`${baseId}-picture`}>
        <H2 id={`${baseId}-picture`}>{t('balance.picture.title')}</H2>
        {open.length > 0 && <p>{t('balance.picture.onlyConfirmed')}</p>}
        <BalanceScale balance={balance} />
      </section>
    </div>
  );
}

/** One option of a segmented choice: a real radio button, styled as a segment. */
function Segment({ value, children }: { value: string; children: ReactNode }) {
  return (
    <RadioField value={value} className="balance-choice__field">
      <RadioButton className="balance-choice__option">{children}</RadioButton>
    </RadioField>
  );
}

function ProposalCard({
  proposal,
  evidence,
  onConfirm,
  onDismiss,
  H3,
}: {
  H3: HeadingTag;
  proposal: ProposedFactor;
  evidence: readonly string[];
  onConfirm: () => void;
  onDismiss: () => void;
}) {
  const titleId = useId();
  return (
    <li className={`balance-proposal balance-proposal--${proposal.side}`} aria-labelledby={titleId}>
      <div className="balance-proposal__text">
        <div className="balance-proposal__head">
          <span className="utrecht-status-badge utrecht-status-badge--neutral balance-proposal__badge">
            {t('balance.proposals.badge')}
          </span>
          <H3 id={titleId} className="balance-proposal__title">
            {proposal.label}
          </H3>
        </div>
        <p className="balance-proposal__what">
          {t('balance.proposals.what', {
            side: t(`balance.side.${proposal.side}`),
            sphere: sphereLabel(proposal.sphere),
            weight: formatNumber(proposal.weight),
            weightWord: t(`balance.weight.${String(proposal.weight) as '1' | '2' | '3'}`),
            duration: t(`balance.duration.${proposal.duration}`),
          })}
        </p>
        <p className="balance-proposal__evidence">
          <span className="balance-proposal__because">{t('balance.proposals.because')}</span>{' '}
          {evidence.join('; ')}
        </p>
      </div>
      <div className="utrecht-button-group balance-proposal__actions">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          data-proposal-confirm=""
          aria-describedby={titleId}
          onClick={onConfirm}
        >
          {t('balance.proposals.confirm')}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-describedby={titleId}
          onClick={onDismiss}
        >
          {t('balance.proposals.dismiss')}
        </button>
      </div>
    </li>
  );
}

function FactorRow({
  factor,
  onChange,
  onRemove,
}: {
  factor: PlacedFactor;
  onChange: (change: Partial<Pick<FactorAnswer, 'weight' | 'duration' | 'note'>>) => void;
  onRemove: () => void;
}) {
  const titleId = useId();
  const weightId = useId();
  const durationId = useId();
  const noteId = useId();
  const note = factor.answer.note ?? '';
  const [noteOpen, setNoteOpen] = useState(note !== '');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focusNote = useRef(false);
  useEffect(() => {
    if (focusNote.current) {
      focusNote.current = false;
      noteRef.current?.focus();
    }
  });

  return (
    <li className="balance-factor" aria-labelledby={titleId}>
      <div className="balance-factor__head">
        <p id={titleId} className="balance-factor__title">
          {factor.label}
          {factor.own && <span className="balance-factor__own"> ({t('balance.factor.own')})</span>}
        </p>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle balance-factor__remove"
          onClick={onRemove}
        >
          {t('balance.factor.remove')}
          <span className="visually-hidden">: {factor.label}</span>
        </button>
      </div>
      <RadioGroup
        className="balance-choice"
        orientation="horizontal"
        aria-labelledby={`${weightId} ${titleId}`}
        value={String(factor.answer.weight)}
        onChange={(next) => {
          const weight = WEIGHTS.find((candidate) => String(candidate) === next);
          if (weight !== undefined) onChange({ weight });
        }}
      >
        <span id={weightId} className="balance-choice__label">
          {t('balance.weight.label')}
        </span>
        <div className="balance-choice__options">
          {WEIGHTS.map((weight) => (
            <Segment key={weight} value={String(weight)}>
              <span className="balance-choice__number">{formatNumber(weight)}</span>{' '}
              {t(`balance.weight.${String(weight) as '1' | '2' | '3'}`)}
            </Segment>
          ))}
        </div>
      </RadioGroup>
      <RadioGroup
        className="balance-choice"
        orientation="horizontal"
        aria-labelledby={`${durationId} ${titleId}`}
        value={factor.answer.duration}
        onChange={(next) => {
          const duration = DURATIONS.find((candidate) => candidate === next);
          if (duration !== undefined) onChange({ duration });
        }}
      >
        <span id={durationId} className="balance-choice__label">
          {t('balance.duration.label')}
        </span>
        <div className="balance-choice__options">
          {DURATIONS.map((duration) => (
            <Segment key={duration} value={duration}>
              {t(`balance.duration.${duration}`)}
            </Segment>
          ))}
        </div>
      </RadioGroup>
      {noteOpen ? (
        <div className="utrecht-form-field balance-factor__note">
          <label id={`${noteId}-label`} htmlFor={noteId} className="utrecht-form-label">
            {t('balance.factor.note')}
          </label>
          <textarea
            id={noteId}
            ref={noteRef}
            className="utrecht-textarea"
            aria-labelledby={`${noteId}-label ${titleId}`}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(event) => {
              onChange({ note: event.target.value });
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle balance-factor__note-add"
          onClick={() => {
            focusNote.current = true;
            setNoteOpen(true);
          }}
        >
          {t('balance.factor.noteAdd')}
          <span className="visually-hidden">: {factor.label}</span>
        </button>
      )}
    </li>
  );
}

function AddFactor({
  value,
  onAdd,
  H3,
}: {
  H3: HeadingTag;
  value: BalanceAnswers;
  onAdd: (next: BalanceAnswers, label: string, sphere: SphereId) => void;
}) {
  const [sphere, setSphere] = useState<SphereId>('persoonlijk');
  const [side, setSide] = useState<FactorSide>('draagkracht');
  const [choice, setChoice] = useState('');
  const [ownLabel, setOwnLabel] = useState('');
  const [error, setError] = useState<{ field: 'factor' | 'own'; message: string } | null>(null);
  const ids = {
    title: useId(),
    sphere: useId(),
    factor: useId(),
    own: useId(),
    error: useId(),
  };
  const factorRef = useRef<HTMLSelectElement>(null);
  const ownRef = useRef<HTMLInputElement>(null);
  const listed = new Set(value.factors.map((factor) => factor.factorId));
  const options =
    SPHERES.find((entry) => entry.id === sphere)?.factors.filter(
      (factor) => factor.side === side && !listed.has(factor.id),
    ) ?? [];

  const submit = () => {
    if (choice === OWN) {
      if (ownLabel.trim() === '') {
        setError({ field: 'own', message: t('balance.add.errorOwnLabel') });
        ownRef.current?.focus();
        return;
      }
      onAdd(addOwnFactor(value, { label: ownLabel, sphere, side }), ownLabel.trim(), sphere);
      setOwnLabel('');
    } else {
      const known = options.find((factor) => factor.id === choice);
      if (known === undefined) {
        setError({ field: 'factor', message: t('balance.add.errorChoose') });
        factorRef.current?.focus();
        return;
      }
      onAdd(addCatalogueFactor(value, known.id), known.label, sphere);
    }
    setChoice('');
    setError(null);
  };

  return (
    <div
      className="balance-add"
      role="group"
      aria-labelledby={ids.title}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <H3 id={ids.title}>{t('balance.add.title')}</H3>
      <div className="balance-add__fields">
        <div className="utrecht-form-field">
          <label htmlFor={ids.sphere} className="utrecht-form-label">
            {t('balance.add.sphere')}
          </label>
          <span className="balance-select">
            <select
              id={ids.sphere}
              className="utrecht-select utrecht-select--html-select"
              value={sphere}
              onChange={(event) => {
                const next = SPHERES.find((entry) => entry.id === event.target.value);
                if (next) setSphere(next.id);
                setChoice((current) => (current === OWN ? OWN : ''));
              }}
            >
              {SPHERES.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.label}
                </option>
              ))}
            </select>
          </span>
        </div>
        <RadioGroup
          className="balance-choice balance-add__side"
          orientation="horizontal"
          value={side}
          onChange={(next) => {
            const found = SIDES.find((candidate) => candidate === next);
            if (found) setSide(found);
            setChoice((current) => (current === OWN ? OWN : ''));
          }}
        >
          <Label className="balance-choice__label">{t('balance.add.side')}</Label>
          <div className="balance-choice__options">
            <Segment value="draagkracht">{t('balance.add.sideDraagkracht')}</Segment>
            <Segment value="draaglast">{t('balance.add.sideDraaglast')}</Segment>
          </div>
        </RadioGroup>
        <div
          className={`utrecht-form-field${error?.field === 'factor' ? ' utrecht-form-field--invalid' : ''}`}
        >
          <label htmlFor={ids.factor} className="utrecht-form-label">
            {t('balance.add.factor')}
          </label>
          {error?.field === 'factor' && (
            <p id={ids.error} className="utrecht-form-field-error-message">
              {error.message}
            </p>
          )}
          <span className="balance-select">
            <select
              id={ids.factor}
              ref={factorRef}
              className="utrecht-select utrecht-select--html-select"
              value={choice}
              aria-invalid={error?.field === 'factor' ? true : undefined}
              aria-describedby={error?.field === 'factor' ? ids.error : undefined}
              onChange={(event) => {
                setChoice(event.target.value);
                setError(null);
              }}
            >
              <option value="">{t('balance.add.choose')}</option>
              {options.map((factor) => (
                <option key={factor.id} value={factor.id}>
                  {factor.label}
                </option>
              ))}
              <option value={OWN}>{t('balance.add.own')}</option>
            </select>
          </span>
        </div>
        {choice === OWN && (
          <div
            className={`utrecht-form-field${error?.field === 'own' ? ' utrecht-form-field--invalid' : ''}`}
          >
            <label htmlFor={ids.own} className="utrecht-form-label">
              {t('balance.add.ownLabel')}
            </label>
            {error?.field === 'own' && (
              <p id={ids.error} className="utrecht-form-field-error-message">
                {error.message}
              </p>
            )}
            <input
              id={ids.own}
              ref={ownRef}
              type="text"
              className="utrecht-textbox utrecht-textbox--html-input"
              maxLength={200}
              value={ownLabel}
              aria-invalid={error?.field === 'own' ? true : undefined}
              aria-describedby={error?.field === 'own' ? ids.error : undefined}
              onChange={(event) => {
                setOwnLabel(event.target.value);
                setError(null);
              }}
            />
          </div>
        )}
      </div>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={submit}
      >
        {t('balance.add.submit')}
      </button>
    </div>
  );
}

function LifeEventRow({
  eventId,
  date,
  entry,
  onDate,
  onRemove,
}: {
  eventId: string;
  date: string | undefined;
  entry: BalanceLifeEventEntry | undefined;
  onDate: (date: string) => void;
  onRemove: (label: string) => void;
}) {
  const titleId = useId();
  const dateId = useId();
  const statusId = useId();
  const label = findLifeEvent(eventId)?.label ?? eventId;
  const months = DEFAULT_BALANCE_THRESHOLDS.lifeEventMonths;
  const status =
    entry === undefined
      ? ''
      : entry.counted
        ? t('balance.events.counted', { weight: formatNumber(entry.weight) })
        : t(`balance.events.notCounted.${entry.notCountedBecause ?? 'buiten-termijn'}`, { months });
  return (
    <li className="balance-event" aria-labelledby={titleId}>
      <div className="balance-factor__head">
        <p id={titleId} className="balance-factor__title">
          {label}
        </p>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle balance-factor__remove"
          onClick={() => {
            onRemove(label);
          }}
        >
          {t('balance.factor.remove')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
      <div className="utrecht-form-field balance-event__date">
        <label id={`${dateId}-label`} htmlFor={dateId} className="utrecht-form-label">
          {t('balance.events.date')}
        </label>
        <input
          id={dateId}
          type="date"
          lang="nl-NL"
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-labelledby={`${dateId}-label ${titleId}`}
          aria-describedby={statusId}
          value={date ?? ''}
          onChange={(event) => {
            onDate(event.target.value);
          }}
        />
      </div>
      <p
        id={statusId}
        className={`balance-event__status${entry?.counted ? ' balance-event__status--counted' : ''}`}
      >
        {date !== undefined && (
          <>{t('balance.events.dateShown', { date: formatDate(localDay(date)) })} </>
        )}
        {status}
      </p>
    </li>
  );
}

function AddLifeEvent({
  value,
  onAdd,
}: {
  value: BalanceAnswers;
  onAdd: (next: BalanceAnswers, label: string) => void;
}) {
  const [choice, setChoice] = useState('');
  const [error, setError] = useState('');
  const selectId = useId();
  const errorId = useId();
  const selectRef: RefObject<HTMLSelectElement | null> = useRef(null);
  const chosen = new Set((value.lifeEvents ?? []).map((event) => event.eventId));
  const options = DRAAGKRACHT_DRAAGLAST.lifeEvents.filter((event) => !chosen.has(event.id));
  if (options.length === 0) return null;
  const submit = () => {
    const event = options.find((entry) => entry.id === choice);
    if (event === undefined) {
      setError(t('balance.events.errorChoose'));
      selectRef.current?.focus();
      return;
    }
    onAdd(addLifeEvent(value, event.id), event.label);
    setChoice('');
    setError('');
  };
  return (
    <div className="balance-add balance-add--events">
      <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
        <label htmlFor={selectId} className="utrecht-form-label">
          {t('balance.events.add')}
        </label>
        {error && (
          <p id={errorId} className="utrecht-form-field-error-message">
            {error}
          </p>
        )}
        <span className="balance-select">
          <select
            id={selectId}
            ref={selectRef}
            className="utrecht-select utrecht-select--html-select"
            value={choice}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => {
              setChoice(event.target.value);
              setError('');
            }}
          >
            <option value="">{t('balance.events.choose')}</option>
            {options.map((event) => (
              <option key={event.id} value={event.id}>
                {event.label}
              </option>
            ))}
          </select>
        </span>
      </div>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={submit}
      >
        {t('balance.events.submit')}
      </button>
    </div>
  );
}
