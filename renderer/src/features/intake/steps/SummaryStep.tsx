import { useMemo } from 'react';
import { Link } from 'react-router';
import { AVE_MODEL } from '../../../../../shared/instruments/ave';
import { BRUG } from '../../../../../shared/instruments/brug';
import { KANSENCIRKEL } from '../../../../../shared/instruments/kansencirkel';
import { SIGNAL_DEFINITIONS } from '../../../../../shared/instruments/signal-thresholds';
import type { Person } from '../../../../../shared/schemas/person';
import type { ScoredAssessment } from '../../../../../shared/schemas/results';
import { formatDate, formatNumber, t } from '../../../app/i18n';
import { BalanceScale } from '../../../components/BalanceScale';
import { BridgeChart } from '../../../components/BridgeChart';
import { SpiderWeb } from '../../../components/SpiderWeb';
import { acceptedAgreements } from '../../advice/advice-draft';
import { useActiveProfile } from '../../profiles/useActiveProfile';
import type { StepProps } from '../intake-context';
import { TextAreaField } from '../fields';
import { draftAssessments, memberInstruments, type IntakeDraft } from '../intake-draft';
import { INTAKE_STEPS, intakePath } from '../intake-key';
import { stepIsFilled } from '../StepNav';
import { adviceResult, deriveIntake } from '../summary-data';
import { memberLabel } from './InstrumentsStep';

const signalLabel = (id: string) =>
  SIGNAL_DEFINITIONS.find((signal) => signal.id === id)?.label ?? id;

function Text({ value }: { value: string }) {
  return value.trim() === '' ? (
    <p className="intake__empty">{t('intake.samenvatting.empty')}</p>
  ) : (
    <p className="intake-summary__text">{value}</p>
  );
}

function MemberSummary({
  person,
  draft,
  results,
  now,
}: {
  person: Person;
  draft: IntakeDraft;
  results: readonly ScoredAssessment[];
  now: Date;
}) {
  const own = results.filter((entry) => entry.personId === person.id);
  const member = draft.members[person.id];
  const pgDefinition = memberInstruments(person, member, now).pg;
  const wishes = draft.changes.filter((change) => change.personId === person.id);
  return (
    <section className="intake-member" aria-labelledby={`samenvatting-${person.id}`}>
      <h3 id={`samenvatting-${person.id}`} className="intake-member__title">
        {memberLabel(person, now)}
      </h3>
      {own.length === 0 ? (
        <p className="intake__empty">{t('intake.samenvatting.noInstruments')}</p>
      ) : null}
      {own.map((entry) => {
        const { result } = entry;
        switch (result.kind) {
          case 'positieve-gezondheid': {
            if (pgDefinition === null) return null;
            const scores = Object.fromEntries(
              result.dimensions.flatMap((dimension) =>
                dimension.score === null ? [] : [[dimension.dimensionId, dimension.score]],
              ),
            );
            return (
              <div key={entry.assessmentId} className="intake-summary__instrument">
                <h4>{pgDefinition.title}</h4>
                <div className="intake-summary__pg">
                  <ul className="intake-summary__scores">
                    {pgDefinition.dimensions.map((dimension) => {
                      const score = scores[dimension.id];
                      return (
                        <li key={dimension.id}>
                          <span>{dimension.label}</span>
                          <strong>
                            {score === undefined
                              ? t('intake.samenvatting.notScored')
                              : t('intake.samenvatting.scoreOf', { score: formatNumber(score) })}
                          </strong>
                        </li>
                      );
                    })}
                  </ul>
                  <div className="intake-summary__chart" aria-hidden="true">
                    <SpiderWeb
                      title={t('intake.samenvatting.pgChart', { name: person.displayName })}
                      hideTitle
                      readOnly
                      size="sm"
                      dimensions={pgDefinition.dimensions}
                      values={scores}
                    />
                  </div>
                </div>
              </div>
            );
          }
          case 'brug-naar-zelfredzaamheid': {
            const levels = Object.fromEntries(
              result.columns.map((column) => [column.columnId, column.level]),
            );
            return (
              <div key={entry.assessmentId} className="intake-summary__instrument">
                <h4>{t('intake.samenvatting.brugLevels')}</h4>
                <ul className="intake-summary__scores">
                  {result.columns.map((column) => (
                    <li key={column.columnId}>
                      <span>
                        {BRUG.dimensions.find((item) => item.id === column.columnId)?.label ??
                          column.columnId}
                      </span>
                      <strong>
                        {column.level === null
                          ? t('intake.samenvatting.brugMissing')
                          : t(
                              column.source === 'computed'
                                ? 'intake.samenvatting.brugComputed'
                                : 'intake.samenvatting.brugLevel',
                              { level: column.level },
                            )}
                      </strong>
                    </li>
                  ))}
                </ul>
                <div aria-hidden="true">
                  <BridgeChart
                    definition={BRUG}
                    levels={levels}
                    computed={result.columns
                      .filter((column) => column.source === 'computed')
                      .map((column) => column.columnId)}
                    compact
                    headingLevel={4}
                    title={t('intake.samenvatting.brugLevels')}
                  />
                </div>
              </div>
            );
          }
          case 'kansencirkel':
            return (
              <div key={entry.assessmentId} className="intake-summary__instrument">
                <h4>{t('intake.samenvatting.kansencirkel')}</h4>
                <ul className="intake-summary__scores">
                  {result.areas.map((area) => (
                    <li key={area.areaId}>
                      <span>
                        {KANSENCIRKEL.dimensions.find((item) => item.id === area.areaId)?.label ??
                          area.areaId}
                      </span>
                      <strong>
                        {area.status === null
                          ? t('intake.samenvatting.brugMissing')
                          : (KANSENCIRKEL.statuses.find((item) => item.id === area.status)?.label ??
                            area.status)}
                      </strong>
                    </li>
                  ))}
                </ul>
              </div>
            );
          case 'draagkracht-draaglast':
            return (
              <div key={entry.assessmentId} className="intake-summary__instrument">
                <h4>{t('intake.samenvatting.balance')}</h4>
                <BalanceScale balance={result.balance} variant="compact" />
              </div>
            );
        }
      })}
      {wishes.length > 0 && pgDefinition !== null ? (
        <div className="intake-summary__instrument">
          <h4>{t('intake.samenvatting.wishes')}</h4>
          <ul className="intake-summary__wishes">
            {wishes.map((wish) => (
              <li key={wish.dimensionId}>
                <strong>
                  {pgDefinition.dimensions.find((item) => item.id === wish.dimensionId)?.label ??
                    wish.dimensionId}
                  :
                </strong>{' '}
                {wish.words.trim() === '' ? t('intake.samenvatting.empty') : `"${wish.words}"`}
                {wish.needed !== undefined ? (
                  <>
                    <br />
                    {t('intake.veranderen.needed')} {wish.needed}
                  </>
                ) : null}
                {wish.whoCanHelp !== undefined ? (
                  <>
                    <br />
                    {t('intake.veranderen.whoCanHelp')} {wish.whoCanHelp}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function AdviceSummary(props: StepProps) {
  const { draft, household, persons, history, now } = props;
  const profile = useActiveProfile();
  const result = useMemo(
    () =>
      profile.status === 'ready'
        ? adviceResult(draft, household, persons, history, profile.profile, now)
        : null,
    [profile, draft, household, persons, history, now],
  );
  if (result === null) {
    return <p className="intake__empty">{t('intake.samenvatting.empty')}</p>;
  }
  const accepted = acceptedAgreements(draft.advice, result);
  const declined = result.suggestions.filter(
    (suggestion) => draft.advice.decisions[suggestion.catalogueId]?.kind === 'declined',
  );
  if (accepted.length === 0 && declined.length === 0) {
    return <p className="intake__empty">{t('intake.samenvatting.empty')}</p>;
  }
  return (
    <>
      <p>{t('intake.samenvatting.adviceAccepted', { count: accepted.length })}</p>
      <ul>
        {accepted.map((entry) => (
          <li key={entry.sourceKey}>{entry.what}</li>
        ))}
      </ul>
      <p>{t('intake.samenvatting.adviceDeclined', { count: declined.length })}</p>
      <ul>
        {declined.map((suggestion) => {
          const decision = draft.advice.decisions[suggestion.catalogueId];
          return (
            <li key={suggestion.catalogueId}>
              {suggestion.title}
              {decision?.kind === 'declined'
                ? `: ${t(`prevention.decline.${decision.reason}`)}${decision.note === undefined ? '' : ` (${decision.note})`}`
                : ''}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Step 7: everything in one readable overview, the AVE phase and the professional's note. */
export function SummaryStep(props: StepProps) {
  const { draft, update, household, persons, history, now } = props;
  const derived = useMemo(
    () => deriveIntake(draft, household, persons, history, now),
    [draft, household, persons, history, now],
  );
  const current = new Set(draftAssessments(draft, persons, now).map((entry) => entry.id));
  const results = derived.score.results.filter((entry) => current.has(entry.assessmentId));
  const empty = INTAKE_STEPS.slice(0, INTAKE_STEPS.indexOf('samenvatting')).filter(
    (step) => !stepIsFilled(step, draft, persons, now),
  );
  const proposed = AVE_MODEL.phases.find((phase) => phase.phase === derived.ave.phase);
  const areas = derived.ave.problemAreas.map(signalLabel).join(', ');

  return (
    <div className="intake-summary">
      <p className="intake__lead">
        {t('intake.samenvatting.dateLine', {
          date: formatDate(new Date(`${draft.date}T12:00:00`)),
        })}{' '}
        {t('intake.samenvatting.intro')}
      </p>
      <section className="intake-summary__block" aria-labelledby="samenvatting-leeg">
        <h2 id="samenvatting-leeg">{t('intake.samenvatting.stillEmpty')}</h2>
        {empty.length === 0 ? (
          <p>{t('intake.samenvatting.nothingEmpty')}</p>
        ) : (
          <ul className="intake-summary__empty-list">
            {empty.map((step) => (
              <li key={step}>
                <Link to={intakePath(household.id, step)}>
                  {t('intake.samenvatting.goTo', { step: t(`intake.step.${step}`) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="intake-summary__block" aria-labelledby="samenvatting-vraag">
        <h2 id="samenvatting-vraag">{t('intake.samenvatting.question')}</h2>
        <Text value={draft.question} />
        <h2>{t('intake.samenvatting.strengths')}</h2>
        <Text value={draft.strengths} />
        <h2>{t('intake.samenvatting.network')}</h2>
        {draft.network.length === 0 ? (
          <p className="intake__empty">{t('intake.samenvatting.empty')}</p>
        ) : (
          <ul>
            {draft.network.map((entry) => (
              <li key={entry.id}>
                {t('intake.netwerk.summaryLine', {
                  name: entry.name.trim() === '' ? t('intake.netwerk.unnamed') : entry.name,
                  relation: entry.relation ?? '-',
                  kind: t(`intake.netwerk.kind.${entry.kind}`),
                  status: t(`intake.netwerk.status.${entry.status}`),
                })}
                {entry.help !== undefined ? ` ${entry.help}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="intake-summary__block" aria-labelledby="samenvatting-leden">
        <h2 id="samenvatting-leden">{t('intake.samenvatting.members')}</h2>
        {draft.safetyConcern === true ? (
          <p className="utrecht-alert utrecht-alert--warning">{t('intake.samenvatting.safety')}</p>
        ) : null}
        {persons.map((person) => (
          <MemberSummary
            key={person.id}
            person={person}
            draft={draft}
            results={results}
            now={now}
          />
        ))}
      </section>
      <section className="intake-summary__block" aria-labelledby="samenvatting-advies">
        <h2 id="samenvatting-advies">{t('intake.samenvatting.advice')}</h2>
        <AdviceSummary {...props} />
      </section>
      <section className="intake-summary__block" aria-labelledby="samenvatting-ave">
        <h2 id="samenvatting-ave">{t('intake.samenvatting.ave')}</h2>
        <p>{t('intake.samenvatting.aveIntro')}</p>
        <div className="intake-ave__proposal">
          <p>
            <strong>
              {t('intake.samenvatting.aveProposed', {
                phase: derived.ave.phase,
                title: proposed?.title ?? '',
              })}
            </strong>
          </p>
          <ul>
            {derived.ave.reasons.map((reason) => (
              <li key={reason}>{t(`intake.samenvatting.aveReason.${reason}`, { areas })}</li>
            ))}
          </ul>
        </div>
        <fieldset className="utrecht-form-fieldset intake-fieldset">
          <legend className="intake-field__label">{t('intake.samenvatting.aveChoose')}</legend>
          <div className="intake-choices">
            {AVE_MODEL.phases.map((phase) => (
              <label
                key={phase.phase}
                className={`intake-choice intake-ave__option intake-ave__option--${phase.colour}`}
              >
                <input
                  type="radio"
                  name="ave-phase"
                  value={phase.phase}
                  checked={draft.avePhase === phase.phase}
                  onChange={() => {
                    update((currentDraft) => ({ ...currentDraft, avePhase: phase.phase }));
                  }}
                />
                <span>
                  {t('intake.samenvatting.avePhase', {
                    phase: phase.phase,
                    colour: phase.colour,
                    title: phase.title,
                  })}
                  {phase.phase === derived.ave.phase ? (
                    <span className="utrecht-status-badge utrecht-status-badge--neutral intake-ave__tag">
                      {t('intake.samenvatting.aveProposedTag')}
                    </span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <p className="intake__hint">{t('intake.samenvatting.aveEscalation')}</p>
      </section>
      <TextAreaField
        id="intake-note"
        label={t('intake.samenvatting.note')}
        rows={4}
        maxLength={5000}
        value={draft.summaryNote}
        onChange={(value) => {
          update((currentDraft) => ({ ...currentDraft, summaryNote: value }));
        }}
      />
    </div>
  );
}
