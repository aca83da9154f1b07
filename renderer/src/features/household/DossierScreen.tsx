import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { storageText, t } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormAlert } from '../../components/FormAlert';
import { PageTitle } from '../../components/PageTitle';
import type { HouseholdDossier, Session, StorageErrorCode } from '../../db';
import { AVE_MODEL } from '../../../../shared/instruments/ave';
import { ageInFullYears } from '../../../../shared/instruments/pg-choice';
import { findInstrument } from '../../../../shared/instruments/registry';
import {
  buildTimeline,
  groupMembers,
  latestAvePhase,
  latestConversation,
  type TimelineItem,
} from '../../../../shared/household/dossier';
import { historyByPerson } from '../../../../shared/household/compare';
import type { MessageKey } from '../../../../shared/messages/nl';
import type { Person } from '../../../../shared/schemas/person';
import { localIsoDay } from '../../../../shared/household/birth-date';
import { EvaluationBadge } from '../caseload/EvaluationBadge';
import { formatDay } from '../caseload/household-text';
import { useCaseload } from '../caseload/useCaseload';
import { intakeDraftKey, intakePath } from '../intake/intake-key';
import { requireSession } from '../session/current-session';
import { MemberScores } from './MemberScores';
import { useTitleFocus } from './useTitleFocus';
import '../../styles/caseload.css';

type DossierState =
  | { readonly status: 'loading' }
  | { readonly status: 'not-found' }
  | { readonly status: 'failed'; readonly code: StorageErrorCode }
  | {
      readonly status: 'ready';
      readonly dossier: HouseholdDossier;
      readonly hasIntakeDraft: boolean;
    };

async function openDossier(session: Session, householdId: string): Promise<DossierState> {
  const [opened, drafts] = await Promise.all([
    session.openHousehold(householdId, new Date()),
    session.drafts.list(),
  ]);
  if (!opened.ok) {
    return opened.error.code === 'not-found'
      ? { status: 'not-found' }
      : { status: 'failed', code: opened.error.code };
  }
  if (opened.value.household.deletedAt !== undefined) return { status: 'not-found' };
  const key = intakeDraftKey(householdId);
  return {
    status: 'ready',
    dossier: opened.value,
    hasIntakeDraft: drafts.ok && drafts.value.some((draft) => draft.key === key),
  };
}

function ageText(person: Person, now: Date): string {
  if (person.birthDate === undefined) return t('dossier.noBirthDate');
  const age = ageInFullYears(person.birthDate, now);
  const years = age === null || age < 1 ? t('dossier.ageUnderOne') : t('dossier.age', { age });
  return `${years}, ${t('dossier.bornOn', { date: formatDay(person.birthDate) })}`;
}

function plural(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, { count });
}

function TimelineEntry({ item, persons }: { item: TimelineItem; persons: readonly Person[] }) {
  const personName = (personId: string) =>
    persons.find((person) => person.id === personId)?.displayName ??
    t('dossier.timeline.unknownPerson');
  const instrumentTitle = (id: string, version: string) => findInstrument(id, version)?.title ?? id;
  if (item.kind === 'conversation') {
    const { conversation } = item;
    return (
      <li className="timeline__item timeline__item--conversation">
        <p className="timeline__date">{formatDay(item.date)}</p>
        <p className="timeline__title">{t(`dossier.timeline.${conversation.kind}`)}</p>
        <p>
          {plural(
            item.assessments.length,
            'dossier.timeline.assessments.one',
            'dossier.timeline.assessments.many',
          )}
          ,{' '}
          {plural(
            conversation.agreements.length,
            'dossier.timeline.agreements.one',
            'dossier.timeline.agreements.many',
          )}
        </p>
        {item.assessments.length > 0 ? (
          <ul className="timeline__assessments">
            {item.assessments.map((assessment) => (
              <li key={assessment.id}>
                {t('dossier.timeline.assessment', {
                  instrument: instrumentTitle(
                    assessment.instrumentId,
                    assessment.instrumentVersion,
                  ),
                  person: personName(assessment.personId),
                })}
              </li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  }
  const { assessment } = item;
  return (
    <li className="timeline__item">
      <p className="timeline__date">{formatDay(item.date)}</p>
      <p className="timeline__title">
        {t('dossier.timeline.assessment', {
          instrument: instrumentTitle(assessment.instrumentId, assessment.instrumentVersion),
          person: personName(assessment.personId),
        })}
      </p>
    </li>
  );
}

/** The plan's evaluation badge, read from the in-memory caseload index (no extra decrypt). */
function DossierEvaluation({ householdId }: { householdId: string }) {
  const { state } = useCaseload();
  if (state.status !== 'ready') return null;
  const entry = state.entries.find((candidate) => candidate.householdId === householdId);
  if (entry === undefined) return null;
  return (
    <div className="dossier-evaluation">
      <EvaluationBadge entry={entry} today={localIsoDay(new Date())} />
    </div>
  );
}

function DossierView({
  dossier,
  hasIntakeDraft,
  created,
  updated,
}: {
  dossier: HouseholdDossier;
  hasIntakeDraft: boolean;
  created: string | null;
  updated: boolean;
}) {
  const { household, persons, assessments, conversations } = dossier;
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const now = useMemo(() => new Date(), []);
  const groups = useMemo(() => groupMembers(persons), [persons]);
  const histories = useMemo(() => historyByPerson(assessments, now), [assessments, now]);
  const timeline = useMemo(
    () => buildTimeline(conversations, assessments),
    [conversations, assessments],
  );
  const latest = latestConversation(conversations);
  const ave = latestAvePhase(conversations);
  const avePhase = ave ? AVE_MODEL.phases.find((phase) => phase.phase === ave.phase) : undefined;

  const deletePractice = async () => {
    setConfirming(false);
    const session = requireSession();
    const now = new Date();
    const removed = await session.households.softDelete(household.id, household.rev, now);
    if (!removed.ok) {
      setAlert(storageText(removed.error.code === 'invalid' ? 'unavailable' : removed.error.code));
      return;
    }
    // The people go too, so nothing of the practice household stays findable.
    for (const person of persons) await session.persons.softDelete(person.id, person.rev, now);
    void navigate('/', { state: { notice: 'practiceDeleted' } });
  };

  return (
    // data-bench: the dossier has rendered with its data (scripts/bench/ui.ts).
    <div data-bench="dossier" data-household-id={household.id}>
      <PageTitle>{household.label}</PageTitle>
      {created !== null ? (
        <div className="utrecht-alert utrecht-alert--ok caseload-alert" role="status">
          <p>{t('newHousehold.saved', { label: created })}</p>
        </div>
      ) : null}
      {updated ? (
        <div className="utrecht-alert utrecht-alert--ok caseload-alert" role="status">
          <p>{t('dossier.updated')}</p>
        </div>
      ) : null}
      {household.practice ? (
        <div className="utrecht-alert utrecht-alert--warning dossier-practice">
          <div className="utrecht-alert__content">
            <p>
              <span className="utrecht-status-badge utrecht-status-badge--warning caseload-badge">
                {t('caseload.practiceBadge')}
              </span>
            </p>
            <p>{t('dossier.practiceNotice')}</p>
          </div>
        </div>
      ) : null}
      <p className="lead">
        {household.address === undefined
          ? t('dossier.noAddress')
          : t('dossier.address', { address: household.address })}
      </p>
      <FormAlert message={alert} />
      <div className="utrecht-button-group dossier-actions">
        <Link
          to={intakePath(household.id, hasIntakeDraft ? 'verder' : 'vraag')}
          className="utrecht-button utrecht-button--primary-action"
        >
          {hasIntakeDraft ? t('dossier.resumeConversation') : t('dossier.startConversation')}
        </Link>
        <Link
          to={`/huishouden/${household.id}/bewerken`}
          className="utrecht-button utrecht-button--secondary-action"
        >
          {t('dossier.edit')}
        </Link>
        <Link to="/" className="utrecht-button utrecht-button--secondary-action">
          {t('dossier.backToCaseload')}
        </Link>
      </div>
      {latest?.safetyConcern ? (
        <div className="utrecht-alert utrecht-alert--error caseload-alert" role="note">
          <p>{t('dossier.safetyConcern')}</p>
        </div>
      ) : null}

      <section className="panel dossier-section" aria-labelledby="dossier-ave">
        <h2 id="dossier-ave">{t('dossier.aveTitle')}</h2>
        {ave && avePhase ? (
          <div className={`ave-phase ave-phase--${avePhase.colour}`}>
            <span className="ave-phase__swatch" aria-hidden="true">
              {avePhase.phase}
            </span>
            <div>
              <p className="ave-phase__title">
                {t('dossier.avePhase', { phase: avePhase.phase, title: avePhase.title })}
              </p>
              <p>
                {t('dossier.aveColour', { colour: t(`dossier.aveColour.${avePhase.colour}`) })}{' '}
                {t('dossier.aveFrom', { date: formatDay(ave.conversation.date) })}
              </p>
            </div>
          </div>
        ) : (
          <p>{t('dossier.aveNone')}</p>
        )}
      </section>

      <section className="dossier-section" aria-labelledby="dossier-members">
        <h2 id="dossier-members">{t('dossier.membersTitle')}</h2>
        {groups.length === 0 ? <p>{t('dossier.noMembers')}</p> : null}
        {groups.map((group) => (
          <section
            key={group.role}
            className="dossier-group"
            aria-labelledby={`dossier-group-${group.role}`}
          >
            <h3 id={`dossier-group-${group.role}`}>{t(`dossier.group.${group.role}`)}</h3>
            <ul className="dossier-members">
              {group.persons.map((person) => (
                <li key={person.id} className="dossier-member">
                  <p className="dossier-member__name">{person.displayName}</p>
                  <p className="dossier-member__age">{ageText(person, now)}</p>
                  <MemberScores name={person.displayName} history={histories.get(person.id)} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section className="panel dossier-section" aria-labelledby="dossier-plan">
        <h2 id="dossier-plan">{t('dossier.planTitle')}</h2>
        <DossierEvaluation householdId={household.id} />
        {latest && latest.agreements.length > 0 ? (
          <>
            <h3>{t('dossier.planAgreements', { date: formatDay(latest.date) })}</h3>
            <ul className="dossier-agreements">
              {latest.agreements.map((agreement) => (
                <li key={agreement.id}>
                  <p className="dossier-agreement__what">{agreement.what}</p>
                  <p>
                    {t('dossier.agreementWho', {
                      actor: agreement.actorName ?? t(`prevention.actor.${agreement.actor}`),
                    })}
                    {agreement.due === undefined
                      ? null
                      : ` · ${t('dossier.agreementDue', { date: formatDay(agreement.due) })}`}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('dossier.planNone')}</p>
        )}
        <div className="utrecht-button-group dossier-actions">
          <Link
            to={`/huishouden/${household.id}/plan`}
            className="utrecht-button utrecht-button--primary-action"
          >
            {t('dossier.openPlan')}
          </Link>
          <Link
            to={`/huishouden/${household.id}/overdragen`}
            className="utrecht-button utrecht-button--secondary-action"
          >
            {t('dossier.handover')}
          </Link>
        </div>
      </section>

      <section className="dossier-section" aria-labelledby="dossier-timeline">
        <h2 id="dossier-timeline">{t('dossier.timelineTitle')}</h2>
        {timeline.length === 0 ? (
          <p>{t('dossier.timelineEmpty')}</p>
        ) : (
          <ol className="timeline">
            {timeline.map((item) => (
              <TimelineEntry
                key={item.kind === 'conversation' ? item.conversation.id : item.assessment.id}
                item={item}
                persons={persons}
              />
            ))}
          </ol>
        )}
      </section>

      {household.practice ? (
        <div className="utrecht-button-group">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('dossier.deletePractice')}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('dossier.deletePracticeTitle')}
        body={t('dossier.deletePracticeBody')}
        confirmLabel={t('dossier.deletePracticeConfirm')}
        cancelLabel={t('dossier.deletePracticeCancel')}
        onConfirm={() => void deletePractice()}
        onCancel={() => {
          setConfirming(false);
        }}
      />
    </div>
  );
}

/** One household: its members with their latest scores, the AVE phase, agreements and history. */
export function DossierScreen() {
  const { householdId = '' } = useParams();
  const location = useLocation();
  const [opened, setOpened] = useState<{ id: string; state: DossierState } | null>(null);
  const state: DossierState = opened?.id === householdId ? opened.state : { status: 'loading' };
  const created = (location.state as { created?: unknown } | null)?.created;

  useTitleFocus(state.status !== 'loading');

  useEffect(() => {
    let active = true;
    void openDossier(requireSession(), householdId).then((next) => {
      if (active) setOpened({ id: householdId, state: next });
    });
    return () => {
      active = false;
    };
  }, [householdId]);

  if (state.status === 'loading') {
    return <p className="dossier-note">{t('dossier.loading')}</p>;
  }
  if (state.status === 'not-found' || state.status === 'failed') {
    return (
      <>
        <PageTitle>
          {state.status === 'failed' ? t('dossier.failedTitle') : t('dossier.notFoundTitle')}
        </PageTitle>
        <p>{state.status === 'failed' ? storageText(state.code) : t('dossier.notFoundBody')}</p>
        <p>
          <Link to="/">{t('dossier.backToCaseload')}</Link>
        </p>
      </>
    );
  }
  return (
    <DossierView
      dossier={state.dossier}
      hasIntakeDraft={state.hasIntakeDraft}
      created={typeof created === 'string' ? created : null}
      updated={(location.state as { updated?: unknown } | null)?.updated === true}
    />
  );
}
