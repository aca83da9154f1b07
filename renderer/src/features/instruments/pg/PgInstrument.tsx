import { useId, useState } from 'react';
import {
  Label,
  RadioButton,
  RadioField,
  RadioGroup,
  Tab,
  TabList,
  TabPanel,
  Tabs,
  Text,
} from 'react-aria-components';
import type { PgDefinition } from '../../../../../shared/instruments/definition-schema';
import { choosePgDefinition } from '../../../../../shared/instruments/pg-choice';
import type { Person } from '../../../../../shared/schemas/person';
import { formatNumber, t } from '../../../app/i18n';
import { SpiderWeb } from '../../../components/SpiderWeb';
import '../../../styles/pg.css';

export interface PgInstrumentProps {
  readonly person: Person;
  readonly definition: PgDefinition;
  /** Dimension id -> 0-10; a missing id has no score yet. */
  readonly scores: Readonly<Record<string, number>>;
  readonly onChange: (scores: Record<string, number>) => void;
  readonly previous?:
    { readonly takenAt: string; readonly scores: Readonly<Record<string, number>> } | undefined;
  /** The conversation's date: explains the version by age and dates the legend. */
  readonly now?: Date | undefined;
  readonly headingLevel?: 2 | 3 | undefined;
}

const SCALE = Array.from({ length: 11 }, (_, value) => value);

/** Why this version, in one sentence; "gekozen" when it is not the one the app would pick. */
function reasonText(person: Person, definition: PgDefinition, now: Date): string {
  const name = person.displayName;
  const choice = choosePgDefinition(person, now);
  if (choice?.definition.id !== definition.id) {
    return t('pg.reason.chosen', { name });
  }
  const age = choice.age;
  if (choice.basis === 'age' && age !== null) {
    return t('pg.reason.age', { name, age });
  }
  if (choice.basis === 'nearest' && age !== null) {
    return t('pg.reason.nearest', { name, age });
  }
  const role = t(`pg.role.${person.role}`);
  return age === null
    ? t('pg.reason.roleWithoutAge', { name, role })
    : t('pg.reason.roleWithAge', { name, age, role });
}

const localDay = (date: Date): string =>
  `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Positieve Gezondheid for one person: our own B1 question per dimension, the spinnenweb to tap,
 * and the same scores as a list of 0-10 buttons for whoever prefers that. Controlled; stores nothing.
 */
export function PgInstrument({
  person,
  definition,
  scores,
  onChange,
  previous,
  now,
  headingLevel = 2,
}: PgInstrumentProps) {
  const headingId = useId();
  const [view, setView] = useState<'web' | 'list'>('web');
  const today = now ?? new Date();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const total = definition.dimensions.length;
  const count = definition.dimensions.filter((entry) => scores[entry.id] !== undefined).length;
  const setScore = (id: string, value: number) => {
    onChange({ ...scores, [id]: value });
  };

  return (
    <section className="pg" aria-labelledby={headingId}>
      <Heading id={headingId} className="pg__heading">
        {t('pg.heading', { name: person.displayName })}
      </Heading>
      <p className="pg__version">
        <strong>{definition.title}</strong>
        <br />
        {reasonText(person, definition, today)}
      </p>
      <p className="pg__description">{definition.description}</p>
      <p className="pg__progress" aria-live="polite">
        {count === total ? t('pg.progressDone', { total }) : t('pg.progress', { count, total })}
      </p>
      <Tabs
        className="pg__tabs"
        selectedKey={view}
        onSelectionChange={(key) => {
          setView(key === 'list' ? 'list' : 'web');
        }}
      >
        <TabList className="pg__tablist" aria-label={t('pg.viewLabel')}>
          <Tab id="web" className="pg__tab">
            {t('pg.viewWeb')}
          </Tab>
          <Tab id="list" className="pg__tab">
            {t('pg.viewList')}
          </Tab>
        </TabList>
        <TabPanel id="web" className="pg__panel pg__panel--web">
          <SpiderWeb
            title={t('pg.heading', { name: person.displayName })}
            hideTitle
            dimensions={definition.dimensions}
            values={scores}
            onChange={onChange}
            previous={
              previous === undefined
                ? undefined
                : { takenAt: previous.takenAt, values: previous.scores }
            }
            takenAt={localDay(today)}
          />
          <div className="pg__questions">
            <SubHeading className="pg__subheading">{t('pg.questionsTitle')}</SubHeading>
            <ol className="pg__prompts">
              {definition.dimensions.map((dimension) => (
                <li key={dimension.id}>
                  <strong>{dimension.label}</strong>
                  <span>{dimension.prompt}</span>
                </li>
              ))}
            </ol>
          </div>
        </TabPanel>
        <TabPanel id="list" className="pg__panel pg__panel--list">
          <p className="pg__hint">{t('pg.listHint')}</p>
          <ol className="pg__list">
            {definition.dimensions.map((dimension) => {
              const value = scores[dimension.id];
              const before = previous?.scores[dimension.id];
              const status = [
                value === undefined ? t('spiderweb.noScore') : '',
                previous === undefined
                  ? ''
                  : before === undefined
                    ? t('spiderweb.previousNoScore')
                    : t('spiderweb.previousValue', { value: formatNumber(before) }),
              ]
                .filter((part) => part !== '')
                .join(' · ');
              return (
                <li key={dimension.id}>
                  <RadioGroup
                    className="pg__item"
                    orientation="horizontal"
                    value={value === undefined ? null : String(value)}
                    onChange={(next) => {
                      setScore(dimension.id, Number(next));
                    }}
                  >
                    <Label className="pg__item-label">{dimension.label}</Label>
                    <Text slot="description" className="pg__item-prompt">
                      {dimension.prompt}
                    </Text>
                    <div className="pg__scale">
                      {SCALE.map((option) => (
                        <RadioField
                          key={option}
                          value={String(option)}
                          className="pg__option-field"
                        >
                          <RadioButton className="pg__option">{formatNumber(option)}</RadioButton>
                        </RadioField>
                      ))}
                    </div>
                    {status === '' ? null : <p className="pg__item-status">{status}</p>}
                  </RadioGroup>
                </li>
              );
            })}
          </ol>
        </TabPanel>
      </Tabs>
    </section>
  );
}
