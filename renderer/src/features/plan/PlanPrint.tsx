import { useMemo } from 'react';
import { localIsoDay } from '../../../../shared/household/birth-date';
import { groupMembers, latestScoresByPerson } from '../../../../shared/household/dossier';
import {
  dutchDate,
  dutchList,
  nextEvaluationDate,
  writePlanText,
  writeVerslag,
  type PlanData,
  type TextSection,
  type WrittenText,
} from '../../../../shared/plan';
import type { Assessment } from '../../../../shared/schemas/assessment';
import type { Conversation } from '../../../../shared/schemas/conversation';
import type { Person } from '../../../../shared/schemas/person';
import type { PgResult } from '../../../../shared/schemas/results';
import { t } from '../../app/i18n';
import { BridgeChart } from '../../components/BridgeChart';
import { SpiderWeb } from '../../components/SpiderWeb';

// What the printer (and the PDF) gets: the plan with a heading per section, and a one-page
// overview the family keeps on the fridge. Hidden on screen (print-only).

export interface PlanPrintProps {
  readonly householdLabel: string;
  readonly persons: readonly Person[];
  readonly assessments: readonly Assessment[];
  /** The plan as it is now in the screen (the form when it is valid, else the stored plan). */
  readonly plan: PlanData;
  /** The plan text the professional edited or made final; printed as it was written. */
  readonly ownText: string | null;
  readonly now: Date;
}

/** "Bel de schuldhulp." inside a sentence: the sentence has its own full stop. */
const withoutEndMark = (text: string) => text.trim().replace(/[.!?]+$/, '');

/** Sections whose paragraphs are items of a list (one goal, one action per paragraph). */
const LIST_SECTIONS = new Set<string>([
  t('plan.text.goals.title'),
  t('plan.text.actions.title'),
  t('plan.text.network.title'),
  t('plan.text.consent.title'),
]);

/**
 * An edited plan text back into sections: a paragraph that is one of the known section titles
 * starts a section. Text the professional typed stays as typed.
 */
export function sectionsOfText(text: string, titles: ReadonlySet<string>): TextSection[] {
  const sections: TextSection[] = [];
  let current: { title: string; paragraphs: string[] } | null = null;
  for (const part of text.split(/\n\s*\n/)) {
    const paragraph = part.trim();
    if (paragraph === '') continue;
    if (titles.has(paragraph)) {
      current = { title: paragraph, paragraphs: [] };
      sections.push(current);
    } else if (current === null) {
      current = { title: '', paragraphs: [paragraph] };
      sections.push(current);
    } else {
      current.paragraphs.push(paragraph);
    }
  }
  return sections;
}

function PrintSection({ section }: { section: TextSection }) {
  const asList = LIST_SECTIONS.has(section.title) && section.paragraphs.length > 0;
  return (
    <section className="plan-print__section">
      {section.title === '' ? null : <h2>{section.title}</h2>}
      {asList ? (
        <ul>
          {section.paragraphs.map((paragraph, index) => (
            <li key={`${String(index)}-${paragraph.slice(0, 20)}`}>{paragraph}</li>
          ))}
        </ul>
      ) : (
        section.paragraphs.map((paragraph, index) => (
          <p key={`${String(index)}-${paragraph.slice(0, 20)}`}>{paragraph}</p>
        ))
      )}
    </section>
  );
}

const pgValues = (result: PgResult): Record<string, number> =>
  Object.fromEntries(
    result.dimensions.flatMap((dimension) =>
      dimension.score === null ? [] : [[dimension.dimensionId, dimension.score]],
    ),
  );

export function PlanPrint({
  householdLabel,
  persons,
  assessments,
  plan,
  ownText,
  now,
}: PlanPrintProps) {
  const written: WrittenText = writePlanText({ householdLabel, persons, plan });
  const titles = new Set(written.sections.map((section) => section.title));
  const sections = ownText === null ? written.sections : sectionsOfText(ownText, titles);
  const [first, ...others] = sections;
  // The first section is the title and the opening lines: they go under the page heading.
  const opening = first !== undefined && (first.title === written.title || first.title === '');
  const openingParagraphs = opening ? first.paragraphs : [];
  const printed = opening ? others : sections;
  const today = dutchDate(localIsoDay(now));
  const ordered = groupMembers(persons).flatMap((group) => group.persons);
  const names = dutchList(ordered.map((person) => person.displayName));
  const scores = useMemo(() => latestScoresByPerson(assessments, now), [assessments, now]);
  const next = nextEvaluationDate(plan, localIsoDay(now));
  const charts = ordered.flatMap((person) => {
    const entry = scores.get(person.id);
    if (entry === undefined) return [];
    const pgDefinition = entry.pg?.definition;
    const pg =
      entry.pg !== undefined && pgDefinition?.kind === 'positieve-gezondheid'
        ? { definition: pgDefinition, assessment: entry.pg.assessment, result: entry.pg.result }
        : undefined;
    const brugDefinition = entry.brug?.definition;
    const brug =
      entry.brug !== undefined && brugDefinition?.kind === 'brug-naar-zelfredzaamheid'
        ? { definition: brugDefinition, result: entry.brug.result }
        : undefined;
    return pg === undefined && brug === undefined ? [] : [{ person, pg, brug }];
  });

  return (
    <article className="print-only plan-print">
      <header className="plan-print__header">
        <p className="plan-print__kicker">{t('planUi.printout.kicker')}</p>
        <h1>{written.title}</h1>
        <p className="plan-print__meta">
          {t('planUi.printout.members', { names })}
          <br />
          {t('planUi.printout.date', { date: today })}
        </p>
      </header>
      {openingParagraphs.map((paragraph) => (
        <p key={paragraph} className="plan-print__intro">
          {paragraph}
        </p>
      ))}
      {printed.map((section, index) => (
        <PrintSection key={`${String(index)}-${section.title}`} section={section} />
      ))}
      <section className="plan-print__sign">
        <h2>{t('planUi.printout.signTitle')}</h2>
        <div className="plan-print__sign-lines">
          <p>{t('planUi.printout.signFamily')}</p>
          <p>{t('planUi.printout.signProfessional')}</p>
        </div>
      </section>

      <section className="plan-print__overview">
        <header className="plan-print__header">
          <p className="plan-print__kicker">{t('planUi.printout.overviewKicker')}</p>
          <h1>{t('planUi.printout.overviewTitle', { household: householdLabel })}</h1>
        </header>
        <div className="plan-print__facts">
          <p>
            <strong>{t('planUi.printout.regisseur')}</strong>{' '}
            {plan.regisseur?.name ?? t('planUi.printout.notYet')}
          </p>
          <p>
            <strong>{t('planUi.printout.nextEvaluation')}</strong>{' '}
            {next === undefined ? t('planUi.printout.notYet') : dutchDate(next)}
          </p>
        </div>
        <h2>{t('planUi.printout.goals')}</h2>
        {plan.goals.length === 0 ? (
          <p>{t('plan.text.goals.empty')}</p>
        ) : (
          <ol className="plan-print__goals">
            {plan.goals.map((goal) => {
              const actions = plan.actions.filter((action) => action.goalId === goal.id);
              return (
                <li key={goal.id}>
                  <span className="plan-print__area">{t(`plan.area.${goal.area}`)}</span>
                  <span className="plan-print__words">“{goal.words}”</span>
                  {actions.length > 0 ? (
                    <span className="plan-print__steps">
                      {t('planUi.printout.steps', {
                        steps: dutchList(actions.map((action) => withoutEndMark(action.what))),
                      })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        {charts.length > 0 ? (
          <>
            <h2>{t('planUi.printout.howItGoes')}</h2>
            <div className="plan-print__charts">
              {charts.map(({ person, pg, brug }) => (
                <div key={person.id} className="plan-print__person">
                  <h3>{person.displayName}</h3>
                  {pg ? (
                    <div className="plan-print__pg">
                      <p className="plan-print__chart-date">
                        {t('planUi.printout.pgDate', {
                          date: dutchDate(pg.assessment.takenAt.slice(0, 10)),
                        })}
                      </p>
                      <SpiderWeb
                        title={t('planUi.printout.pgTitle', {
                          name: person.displayName,
                          date: dutchDate(pg.assessment.takenAt.slice(0, 10)),
                        })}
                        hideTitle
                        readOnly
                        size="sm"
                        dimensions={pg.definition.dimensions}
                        values={pgValues(pg.result)}
                        takenAt={pg.assessment.takenAt}
                      />
                    </div>
                  ) : null}
                  {brug ? (
                    <div className="plan-print__brug">
                      <BridgeChart
                        compact
                        headingLevel={4}
                        title={t('planUi.printout.brugTitle')}
                        definition={brug.definition}
                        levels={Object.fromEntries(
                          brug.result.columns.map((column) => [column.columnId, column.level]),
                        )}
                        computed={brug.result.columns
                          .filter((column) => column.source === 'computed')
                          .map((column) => column.columnId)}
                      />
                    </div>
                  ) : null}
                </div>
              ))}
            </div>
          </>
        ) : null}
      </section>
    </article>
  );
}

export interface VerslagPrintProps {
  readonly householdLabel: string;
  readonly persons: readonly Person[];
  readonly assessments: readonly Assessment[];
  readonly conversation: Conversation;
  /** The verslag the professional edited or made final; printed as it was written. */
  readonly ownText: string | null;
  readonly now: Date;
}

/** The gespreksverslag of one conversation, for the printer and the PDF (print-only). */
export function VerslagPrint({
  householdLabel,
  persons,
  assessments,
  conversation,
  ownText,
  now,
}: VerslagPrintProps) {
  const written = writeVerslag({ householdLabel, persons, conversation, assessments, now });
  const titles = new Set(written.sections.map((section) => section.title));
  const sections = ownText === null ? written.sections : sectionsOfText(ownText, titles);
  const today = dutchDate(localIsoDay(now));
  return (
    <article className="print-only plan-print">
      <header className="plan-print__header">
        <p className="plan-print__kicker">{householdLabel}</p>
        <h1>{written.title}</h1>
        <p className="plan-print__meta">{t('planUi.printout.date', { date: today })}</p>
      </header>
      {sections.map((section, index) => (
        <PrintSection
          key={`${String(index)}-${section.title}`}
          section={
            index === 0 && section.title === written.title ? { ...section, title: '' } : section
          }
        />
      ))}
    </article>
  );
}
