import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ageInFullYears } from '../../../../../shared/instruments/pg-choice';
import type {
  Assessment,
  BalanceAnswers,
  BrugAnswers,
  KansencirkelAnswers,
} from '../../../../../shared/schemas/assessment';
import type { Person } from '../../../../../shared/schemas/person';
import { t } from '../../../app/i18n';
import { BalanceInstrument } from '../../instruments/balance/BalanceInstrument';
import { BrugInstrument } from '../../instruments/brug/BrugInstrument';
import { KansencirkelInstrument } from '../../instruments/kansencirkel/KansencirkelInstrument';
import { PgInstrument } from '../../instruments/pg/PgInstrument';
import { useActiveProfile } from '../../profiles/useActiveProfile';
import type { StepProps } from '../intake-context';
import {
  balanceIsFilled,
  brugIsFilled,
  kansencirkelIsFilled,
  memberInstruments,
  pgIsFilled,
  type IntakeDraft,
  type MemberDraft,
} from '../intake-draft';

const EMPTY_BRUG: BrugAnswers = { kind: 'brug-naar-zelfredzaamheid', levels: {} };
const EMPTY_KANSENCIRKEL: KansencirkelAnswers = { kind: 'kansencirkel', areas: {} };
const EMPTY_BALANCE: BalanceAnswers = { kind: 'draagkracht-draaglast', factors: [] };

type Slot = 'pg' | 'brug' | 'kansencirkel' | 'balance';

/** Name and age, as the tabs and headings show a member. */
export function memberLabel(person: Person, now: Date): string {
  const age = ageInFullYears(person.birthDate, now);
  return age === null
    ? person.displayName
    : `${person.displayName} (${t('intake.instrumenten.age', { age })})`;
}

/** The latest earlier assessment of one instrument for a person, for the T0 marker. */
function previousOf(history: readonly Assessment[], personId: string, instrumentId: string) {
  return history
    .filter(
      (entry) =>
        entry.personId === personId &&
        entry.instrumentId === instrumentId &&
        entry.deletedAt === undefined &&
        entry.status === 'final',
    )
    .sort((left, right) => right.takenAt.localeCompare(left.takenAt))[0];
}

function selfEntryLink(householdId: string, person: Person, name: string) {
  return (
    <Link
      className="intake-self-entry"
      to={`/huishouden/${householdId}/zelf/${person.id}`}
      aria-label={t('intake.instrumenten.selfEntryLabel', {
        name: person.displayName,
        instrument: name,
      })}
    >
      {t('intake.instrumenten.selfEntry')}
    </Link>
  );
}

function Section({
  title,
  filled,
  action,
  children,
}: {
  /** Without a title the instrument names itself (the spinnenweb has its own heading). */
  title?: string | undefined;
  filled: boolean;
  action?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  const badge = (
    <span
      className={`utrecht-status-badge ${filled ? 'utrecht-status-badge--safe' : 'utrecht-status-badge--neutral'}`}
    >
      {t(filled ? 'intake.instrumenten.filled' : 'intake.instrumenten.notFilled')}
    </span>
  );
  return (
    <section
      className="intake-instrument"
      aria-labelledby={title === undefined ? undefined : titleId}
    >
      <div className="intake-instrument__header">
        {title === undefined ? null : (
          <h2 className="intake-instrument__title" id={titleId}>
            {title}
          </h2>
        )}
        {badge}
        {action}
      </div>
      {children}
    </section>
  );
}

function MemberInstruments({
  person,
  member,
  props,
}: {
  person: Person;
  member: MemberDraft;
  props: StepProps;
}) {
  const { update, household, persons, history, now } = props;
  const profile = useActiveProfile();
  const incomeThresholds =
    profile.status === 'ready' ? profile.profile.thresholds.income : undefined;
  const fits = memberInstruments(person, member, now);
  const slots: Slot[] = [
    ...(fits.pg !== null ? (['pg'] as const) : []),
    ...(fits.brug ? (['brug'] as const) : []),
    ...(fits.kansencirkel ? (['kansencirkel'] as const) : []),
    ...(fits.balance ? (['balance'] as const) : []),
  ];
  const [selected, setSelected] = useState<Slot>(slots[0] ?? 'pg');
  const change = (patch: (current: MemberDraft) => MemberDraft) => {
    update((draft: IntakeDraft) => {
      const current = draft.members[person.id] ?? member;
      return { ...draft, members: { ...draft.members, [person.id]: patch(current) } };
    });
  };
  const householdSize = persons.length;
  const pgScores = member.pg?.scores ?? {};
  const title = (slot: Slot): string => {
    switch (slot) {
      case 'pg':
        return fits.pg?.title ?? '';
      case 'brug':
        return t('intake.instrumenten.brugTitle');
      case 'kansencirkel':
        return t('intake.instrumenten.kansencirkelTitle');
      case 'balance':
        return t('intake.instrumenten.balanceTitle');
    }
  };
  const filled: Record<Slot, boolean> = {
    pg: pgIsFilled(member.pg),
    brug: brugIsFilled(member.brug),
    kansencirkel: kansencirkelIsFilled(member.kansencirkel),
    balance: balanceIsFilled(member.balance),
  };

  const panel = (slot: Slot): ReactNode => {
    switch (slot) {
      case 'pg': {
        if (fits.pg === null) return null;
        const definition = fits.pg;
        const previous = previousOf(history, person.id, definition.id);
        const previousScores =
          previous?.answers.kind === 'positieve-gezondheid' ? previous.answers.scores : undefined;
        return (
          <Section
            filled={filled.pg}
            action={selfEntryLink(household.id, person, t('intake.instrumenten.tab.pg'))}
          >
            <PgInstrument
              person={person}
              now={now}
              definition={definition}
              scores={pgScores}
              previous={
                previous !== undefined && previousScores !== undefined
                  ? { takenAt: previous.takenAt, scores: previousScores }
                  : undefined
              }
              onChange={(scores) => {
                change((current) => ({
                  ...current,
                  pgDefinitionId: definition.id,
                  pg: { ...current.pg, scores },
                }));
              }}
            />
          </Section>
        );
      }
      case 'brug': {
        const previous = previousOf(history, person.id, 'brug-naar-zelfredzaamheid');
        return (
          <Section
            title={title('brug')}
            filled={filled.brug}
            action={selfEntryLink(household.id, person, title('brug'))}
          >
            <BrugInstrument
              person={person}
              headingLevel={3}
              incomeThresholds={incomeThresholds}
              value={member.brug ?? EMPTY_BRUG}
              householdSize={householdSize}
              now={now}
              previous={
                previous?.answers.kind === 'brug-naar-zelfredzaamheid'
                  ? { takenAt: previous.takenAt, value: previous.answers }
                  : undefined
              }
              onChange={(brug) => {
                change((current) => ({ ...current, brug }));
              }}
            />
          </Section>
        );
      }
      case 'kansencirkel': {
        const previous = previousOf(history, person.id, 'kansencirkel');
        return (
          <Section title={title('kansencirkel')} filled={filled.kansencirkel}>
            <KansencirkelInstrument
              child={person}
              headingLevel={3}
              previous={
                previous?.answers.kind === 'kansencirkel'
                  ? { takenAt: previous.takenAt, value: previous.answers }
                  : undefined
              }
              value={member.kansencirkel ?? EMPTY_KANSENCIRKEL}
              onChange={(kansencirkel) => {
                change((current) => ({ ...current, kansencirkel }));
              }}
            />
          </Section>
        );
      }
      case 'balance':
        return (
          <Section title={title('balance')} filled={filled.balance}>
            <BalanceInstrument
              person={person}
              value={member.balance ?? EMPTY_BALANCE}
              dismissedProposals={member.dismissedProposals ?? []}
              now={now}
              headingLevel={3}
              incomeThresholds={incomeThresholds}
              sources={{
                pg:
                  fits.pg !== null && pgIsFilled(member.pg)
                    ? { definition: fits.pg, scores: member.pg.scores }
                    : undefined,
                brug: brugIsFilled(member.brug)
                  ? { answers: member.brug, householdSize }
                  : undefined,
              }}
              onChange={({ value, dismissedProposals }) => {
                change((current) => ({ ...current, balance: value, dismissedProposals }));
              }}
            />
          </Section>
        );
    }
  };

  return (
    <>
      {fits.pg === null ? <p className="intake__hint">{t('intake.instrumenten.pgNone')}</p> : null}
      <Tabs
        className="intake-subtabs"
        selectedKey={selected}
        onSelectionChange={(key) => {
          setSelected(key as Slot);
        }}
      >
        <TabList
          className="intake-tabs__list intake-tabs__list--sub"
          aria-label={t('intake.instrumenten.instrumentsLabel', { name: person.displayName })}
        >
          {slots.map((slot) => (
            <Tab key={slot} id={slot} className="intake-tabs__tab intake-tabs__tab--sub">
              {t(`intake.instrumenten.tab.${slot}`)}
              {filled[slot] ? (
                <>
                  <span className="intake-tabs__check" aria-hidden="true">
                    ✓
                  </span>{' '}
                  <span className="visually-hidden">({t('intake.stepFilled')})</span>
                </>
              ) : null}
            </Tab>
          ))}
        </TabList>
        {slots.map((slot) => (
          <TabPanel key={slot} id={slot} className="intake-tabs__panel">
            {panel(slot)}
          </TabPanel>
        ))}
      </Tabs>
    </>
  );
}

/** Step 4: per member the instruments that fit, one tab per member, and the safety question. */
export function InstrumentsStep(props: StepProps) {
  const { draft, update, persons, now } = props;
  const [selected, setSelected] = useState<string>(persons[0]?.id ?? '');
  if (persons.length === 0) {
    return <p className="intake__empty">{t('intake.instrumenten.noMembers')}</p>;
  }
  return (
    <>
      <p className="intake__lead">{t('intake.instrumenten.intro')}</p>
      <Tabs
        className="intake-tabs"
        selectedKey={selected}
        onSelectionChange={(key) => {
          setSelected(String(key));
        }}
      >
        <TabList className="intake-tabs__list" aria-label={t('intake.instrumenten.membersLabel')}>
          {persons.map((person) => (
            <Tab key={person.id} id={person.id} className="intake-tabs__tab">
              {memberLabel(person, now)}
            </Tab>
          ))}
        </TabList>
        {persons.map((person) => {
          const member = draft.members[person.id];
          return (
            <TabPanel key={person.id} id={person.id} className="intake-tabs__panel">
              {member === undefined ? null : (
                <MemberInstruments person={person} member={member} props={props} />
              )}
            </TabPanel>
          );
        })}
      </Tabs>
      <section className="intake-safety" aria-labelledby="intake-safety-title">
        <h2 id="intake-safety-title">{t('intake.instrumenten.safetyTitle')}</h2>
        <label className="intake-checkbox">
          <input
            type="checkbox"
            checked={draft.safetyConcern === true}
            aria-describedby="intake-safety-hint"
            onChange={(event) => {
              const checked = event.target.checked;
              update((current) => ({ ...current, safetyConcern: checked }));
            }}
          />
          <span>{t('intake.instrumenten.safety')}</span>
        </label>
        <p id="intake-safety-hint" className="intake__hint">
          {t('intake.instrumenten.safetyHint')}
        </p>
      </section>
    </>
  );
}
