import { useId, useState, type ReactNode } from 'react';
import { Label, RadioButton, RadioField, RadioGroup, Text } from 'react-aria-components';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../../shared/instruments/brug';
import {
  fillIncomeStatement,
  housingLevel,
  incomeLevel,
  incomeThresholdsExtrapolated,
  incomeThresholdsForSize,
  incomeThresholdsOutdated,
} from '../../../../../shared/instruments/brug-scoring';
import type {
  BrugColumnDefinition,
  BrugDefinition,
  IncomeThresholds,
} from '../../../../../shared/instruments/definition-schema';
import { parseCount, parseNlAmount } from '../../../../../shared/instruments/nl-amount';
import type { BrugAnswers } from '../../../../../shared/schemas/assessment';
import type { Person } from '../../../../../shared/schemas/person';
import {
  BrugLevelSchema,
  type BrugColumnId,
  type BrugLevel,
} from '../../../../../shared/schemas/vocabulary';
import { formatDate, t } from '../../../app/i18n';
import { BridgeChart, levelWord } from '../../../components/BridgeChart';
import { brugView } from './brug-view';
import { NumberTextField, type TextParse } from './NumberTextField';
import '../../../styles/brug.css';

export interface BrugInstrumentProps {
  readonly person: Person;
  readonly value: BrugAnswers;
  readonly onChange: (value: BrugAnswers) => void;
  /** Number of persons in the household; the starting value for the income calculation. */
  readonly householdSize: number;
  readonly now: Date;
  /** The instrument version; a team with a licence may load the official texts. */
  readonly definition?: BrugDefinition | undefined;
  /** The income thresholds of the active gemeente profile (profile.thresholds.income). */
  readonly incomeThresholds?: IncomeThresholds | undefined;
  /** The previous conversation's answers, shown as a second marker on the chart. */
  readonly previous?: { readonly takenAt: string; readonly value: BrugAnswers } | undefined;
  /** Only the chart and the chosen sentences, for the dossier. */
  readonly readOnly?: boolean | undefined;
  readonly headingLevel?: 2 | 3 | undefined;
}

const euroFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const centsFormat = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "1.250" for whole euros, "1.250,50" otherwise. */
export const formatEuro = (amount: number): string =>
  Number.isInteger(amount) ? euroFormat.format(amount) : centsFormat.format(amount);

const personsText = (count: number): string =>
  count === 1 ? t('brugUi.persons.one') : t('brugUi.persons.many', { count });

function parseAmountText(text: string): TextParse {
  const parsed = parseNlAmount(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  if (parsed.problem === 'empty') return { ok: true, value: undefined };
  return { ok: false, message: t(`brugUi.amount.error.${parsed.problem}`) };
}

function parseSizeText(text: string): TextParse {
  const parsed = parseCount(text, 1, 20);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, message: t(`brugUi.size.error.${parsed.problem}`) };
}

function withLevel(value: BrugAnswers, columnId: BrugColumnId, level: BrugLevel | undefined) {
  const levels: BrugAnswers['levels'] = {};
  for (const [id, current] of Object.entries(value.levels) as [BrugColumnId, BrugLevel][]) {
    if (id !== columnId) levels[id] = current;
  }
  if (level !== undefined) levels[columnId] = level;
  return { ...value, levels };
}

// Optional parts are dropped, never set to undefined (exactOptionalPropertyTypes, strict schema).
function withIncome(value: BrugAnswers, income: BrugAnswers['income']): BrugAnswers {
  const next = { ...value };
  delete next.income;
  return income === undefined ? next : { ...next, income };
}

function withHousing(value: BrugAnswers, housing: BrugAnswers['housing']): BrugAnswers {
  const next = { ...value };
  delete next.housing;
  return housing === undefined ? next : { ...next, housing };
}

const toLevel = (key: string | null): BrugLevel | undefined => {
  const parsed = BrugLevelSchema.safeParse(Number(key));
  return parsed.success ? parsed.data : undefined;
};

/**
 * The Brug naar Zelfredzaamheid for one person: per column a choice of four "ik"-sentences;
 * Inkomen is computed from the income, Wonen may be computed from the housing costs.
 */
export function BrugInstrument({
  person,
  value,
  onChange,
  householdSize,
  now,
  definition = BRUG,
  incomeThresholds = BRUG_INCOME_THRESHOLDS_2019,
  previous,
  readOnly = false,
  headingLevel = 2,
}: BrugInstrumentProps) {
  // Unique per instance: the dossier and the summary may show several people's Brug at once.
  const baseId = useId();
  const view = brugView(value, now, definition, incomeThresholds);
  const previousView =
    previous === undefined
      ? undefined
      : {
          dateText: formatDate(new Date(`${previous.takenAt}T12:00:00Z`)),
          levels: brugView(previous.value, now, definition, incomeThresholds).levels,
        };
  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3';

  const chart = (
    <BridgeChart
      definition={definition}
      levels={view.levels}
      computed={view.computed}
      previous={previousView}
      compact={readOnly}
      headingLevel={headingLevel}
    />
  );

  if (readOnly) {
    return (
      <div className="brug brug--read-only">
        {chart}
        <ChosenStatements
          definition={definition}
          value={value}
          levels={view.levels}
          incomeThresholds={incomeThresholds}
          headingLevel={headingLevel}
        />
      </div>
    );
  }

  return (
    <div className="brug">
      <p className="brug__intro">{t('brugUi.intro', { name: person.displayName })}</p>
      {chart}
      {definition.pillars.map((pillar) => (
        <section
          key={pillar.id}
          className="brug__pillar"
          aria-labelledby={`${baseId}-${pillar.id}`}
        >
          <Heading id={`${baseId}-${pillar.id}`} className="brug__pillar-title">
            {pillar.label}
          </Heading>
          {definition.dimensions
            .filter((column) => column.pillarId === pillar.id)
            .map((column) =>
              column.id === 'inkomen' ? (
                <IncomeColumn
                  key={column.id}
                  column={column}
                  value={value}
                  onChange={onChange}
                  householdSize={householdSize}
                  now={now}
                  incomeThresholds={incomeThresholds}
                />
              ) : column.id === 'wonen' ? (
                <HousingColumn key={column.id} column={column} value={value} onChange={onChange} />
              ) : (
                <LevelChoice
                  key={column.id}
                  column={column}
                  selected={value.levels[column.id]}
                  onPick={(level) => {
                    onChange(withLevel(value, column.id, level));
                  }}
                />
              ),
            )}
        </section>
      ))}
    </div>
  );
}

function LevelChoice({
  column,
  selected,
  onPick,
  status,
  children,
}: {
  readonly column: BrugColumnDefinition;
  readonly selected: BrugLevel | undefined;
  readonly onPick: (level: BrugLevel) => void;
  readonly status?: string | undefined;
  readonly children?: ReactNode;
}) {
  return (
    <div className="brug-column" data-column={column.id}>
      <RadioGroup
        className="brug-column__group"
        value={selected === undefined ? null : String(selected)}
        onChange={(key) => {
          const level = toLevel(key);
          if (level !== undefined) onPick(level);
        }}
      >
        <Label className="brug-column__label">{column.label}</Label>
        <Text slot="description" className="brug-column__hint">
          {status ?? t('brugUi.column.hint')}
        </Text>
        <div className="brug-column__options">
          {column.levels.map((option) => (
            <RadioField key={option.level} value={String(option.level)}>
              <RadioButton className={`brug-option brug-option--${String(option.level)}`}>
                <span
                  className={`brug-option__level brug-fill brug-fill--${String(option.level)}`}
                  aria-hidden="true"
                >
                  <span className="brug-option__number">{option.level}</span>
                </span>
                <span className="brug-option__text">
                  <span className="brug-option__name">
                    {t('brugUi.level', { level: option.level })}
                  </span>{' '}
                  <span className="brug-option__statement">{option.statement}</span>
                </span>
              </RadioButton>
            </RadioField>
          ))}
        </div>
      </RadioGroup>
      {children}
    </div>
  );
}

function HousingColumn({
  column,
  value,
  onChange,
}: {
  readonly column: BrugColumnDefinition;
  readonly value: BrugAnswers;
  readonly onChange: (value: BrugAnswers) => void;
}) {
  const chosen = value.levels.wonen;
  const housing = value.housing;
  const computed = housingLevel({
    monthlyCosts: housing?.monthlyCosts,
    temporary: housing?.temporary,
    netMonthly: value.income?.netMonthly,
  });
  const computedLevel = computed.level ?? undefined;
  const status =
    chosen !== undefined
      ? t('brugUi.column.sourceAnswered', { level: chosen })
      : computedLevel !== undefined
        ? t('brugUi.column.sourceComputed', { level: computedLevel })
        : undefined;

  const setHousing = (next: { monthlyCosts?: number | undefined; temporary?: boolean }) => {
    const merged = { ...housing, ...next };
    const part: NonNullable<BrugAnswers['housing']> = {};
    if (merged.monthlyCosts !== undefined) part.monthlyCosts = merged.monthlyCosts;
    if (merged.temporary === true) part.temporary = true;
    onChange(withHousing(value, Object.keys(part).length === 0 ? undefined : part));
  };

  let computedText: string | undefined;
  if (housing?.temporary === true) {
    computedText = t('brugUi.housing.computedTemporary');
  } else if (computedLevel !== undefined && computed.share !== null) {
    computedText = t('brugUi.housing.computedShare', {
      level: computedLevel,
      percent: percentFormat.format(computed.share * 100),
    });
  } else if (housing?.monthlyCosts !== undefined) {
    computedText = t('brugUi.housing.needsIncome');
  }

  return (
    <LevelChoice
      column={column}
      selected={chosen ?? computedLevel}
      status={status}
      onPick={(level) => {
        onChange(withLevel(value, 'wonen', level));
      }}
    >
      <div className="brug-compute">
        <fieldset className="brug-compute__fieldset">
          <legend className="brug-compute__legend">{t('brugUi.housing.legend')}</legend>
          <label className="checkbox brug-compute__check">
            <input
              type="checkbox"
              checked={housing?.temporary === true}
              onChange={(event) => {
                setHousing({ temporary: event.currentTarget.checked });
              }}
            />
            <span>{t('brugUi.housing.temporary')}</span>
          </label>
          <NumberTextField
            label={t('brugUi.housing.costsLabel')}
            hint={t('brugUi.housing.costsHint')}
            value={housing?.monthlyCosts}
            format={formatEuro}
            parse={parseAmountText}
            inputMode="decimal"
            onCommit={(monthlyCosts) => {
              setHousing({ monthlyCosts });
            }}
          />
          {computedText === undefined ? null : (
            <p className="brug-compute__result" role="status">
              {computedText}
            </p>
          )}
          {chosen !== undefined && computedLevel !== undefined && chosen !== computedLevel ? (
            <DiffersNotice
              message={t('brugUi.housing.differs', { chosen, computed: computedLevel })}
              actionLabel={t('brugUi.housing.useComputed', { level: computedLevel })}
              onUseComputed={() => {
                onChange(withLevel(value, 'wonen', undefined));
              }}
            />
          ) : null}
        </fieldset>
      </div>
    </LevelChoice>
  );
}

function IncomeColumn({
  column,
  value,
  onChange,
  householdSize,
  now,
  incomeThresholds,
}: {
  readonly column: BrugColumnDefinition;
  readonly value: BrugAnswers;
  readonly onChange: (value: BrugAnswers) => void;
  readonly householdSize: number;
  readonly now: Date;
  readonly incomeThresholds: IncomeThresholds;
}) {
  const income = value.income;
  // The size typed before any amount, kept here until there is an income to store it with.
  const [pendingSize, setPendingSize] = useState<number | undefined>(undefined);
  // While a typed text is wrong there is no level to show: say why instead of using an old number.
  const [amountValid, setAmountValid] = useState(true);
  const [sizeValid, setSizeValid] = useState(true);
  const defaultSize = Math.min(20, Math.max(1, Math.floor(householdSize)));
  const size = income?.householdSize ?? pendingSize ?? defaultSize;
  const level =
    income === undefined ? undefined : incomeLevel(income.netMonthly, size, incomeThresholds);
  const { a, b } = incomeThresholdsForSize(incomeThresholds, size);
  const chosen = value.levels.inkomen;
  const outdated = incomeThresholdsOutdated(incomeThresholds, now);
  const extrapolated = incomeThresholdsExtrapolated(incomeThresholds, size);
  const largest = Math.max(...incomeThresholds.bySize.map((row) => row.size));
  const labelId = useId();

  return (
    <div className="brug-column brug-column--computed" data-column={column.id}>
      <div role="group" aria-labelledby={labelId}>
        <p id={labelId} className="brug-column__label">
          {column.label}
        </p>
        <p className="brug-column__hint">{t('brugUi.income.explain')}</p>
        <div className="brug-income__fields">
          <NumberTextField
            label={t('brugUi.income.amountLabel')}
            hint={t('brugUi.income.amountHint')}
            value={income?.netMonthly}
            format={formatEuro}
            parse={parseAmountText}
            inputMode="decimal"
            onValidityChange={setAmountValid}
            onCommit={(netMonthly) => {
              if (netMonthly === undefined) setPendingSize(size);
              onChange(
                withIncome(
                  value,
                  netMonthly === undefined ? undefined : { netMonthly, householdSize: size },
                ),
              );
            }}
          />
          <NumberTextField
            label={t('brugUi.income.sizeLabel')}
            hint={t('brugUi.income.sizeHint')}
            value={size}
            format={String}
            parse={parseSizeText}
            inputMode="numeric"
            size="count"
            onValidityChange={setSizeValid}
            onCommit={(nextSize) => {
              if (nextSize === undefined) return;
              if (income === undefined) {
                setPendingSize(nextSize);
              } else {
                onChange(withIncome(value, { ...income, householdSize: nextSize }));
              }
            }}
          />
        </div>
        <div className="brug-income__result" role="status">
          {!amountValid || !sizeValid ? (
            <p>{t(amountValid ? 'brugUi.income.sizeInvalid' : 'brugUi.income.amountInvalid')}</p>
          ) : income === undefined || level === undefined ? (
            <p>{t('brugUi.income.empty')}</p>
          ) : (
            <>
              <p className="brug-income__level">
                <span
                  className={`brug-income__badge brug-fill brug-fill--${String(level)}`}
                  aria-hidden="true"
                >
                  <span className="brug-option__number">{level}</span>
                </span>
                <strong>{t('brugUi.income.result', { level, word: levelWord(level) })}</strong>
              </p>
              <p>
                {t(`brugUi.income.why.${level}`, {
                  amount: formatEuro(income.netMonthly),
                  a: formatEuro(a),
                  b: formatEuro(b),
                  persons: personsText(size),
                })}
              </p>
            </>
          )}
        </div>
        {outdated ? (
          <Notice text={t('brugUi.income.outdated', { year: incomeThresholds.year })} />
        ) : null}
        {extrapolated ? (
          <Notice text={t('brugUi.income.extrapolated', { largest, persons: personsText(size) })} />
        ) : null}
        <div className="brug-income__thresholds">
          <p className="brug-income__thresholds-title">
            {t('brugUi.income.thresholdsTitle', {
              persons: personsText(size),
              year: incomeThresholds.year,
            })}
          </p>
          <ul className="brug-income__statements">
            {column.levels.map((option) => (
              <li
                key={option.level}
                className={
                  option.level === level
                    ? 'brug-income__statement brug-income__statement--match'
                    : 'brug-income__statement'
                }
              >
                <span
                  className={`brug-option__level brug-fill brug-fill--${String(option.level)}`}
                  aria-hidden="true"
                >
                  <span className="brug-option__number">{option.level}</span>
                </span>
                <span className="brug-option__text">
                  <span className="brug-option__name">
                    {t('brugUi.level', { level: option.level })}
                    {option.level === level ? (
                      <span className="utrecht-status-badge utrecht-status-badge--active brug-income__match">
                        {t('brugUi.income.match')}
                      </span>
                    ) : null}
                  </span>
                  <span className="brug-option__statement">
                    {fillIncomeStatement(option.statement, size, incomeThresholds)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
        {chosen !== undefined && level !== undefined && chosen !== level ? (
          <DiffersNotice
            message={t('brugUi.income.chosenDiffers', { chosen, computed: level })}
            actionLabel={t('brugUi.income.useComputed')}
            onUseComputed={() => {
              onChange(withLevel(value, 'inkomen', undefined));
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

/** A chosen level that differs from the computed one, with the way back to the computed level. */
function DiffersNotice({
  message,
  actionLabel,
  onUseComputed,
}: {
  readonly message: string;
  readonly actionLabel: string;
  readonly onUseComputed: () => void;
}) {
  return (
    <div className="utrecht-alert utrecht-alert--info brug-compute__differs">
      <div className="utrecht-alert__content">
        <p className="utrecht-alert__message">{message}</p>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={onUseComputed}
        >
          {actionLabel}
        </button>
      </div>
    </div>
  );
}

function Notice({ text }: { readonly text: string }) {
  return (
    <div className="utrecht-alert utrecht-alert--warning brug-notice">
      <div className="utrecht-alert__content">
        <p className="utrecht-alert__message">{text}</p>
      </div>
    </div>
  );
}

function ChosenStatements({
  definition,
  value,
  levels,
  incomeThresholds,
  headingLevel,
}: {
  readonly definition: BrugDefinition;
  readonly value: BrugAnswers;
  readonly levels: Readonly<Partial<Record<BrugColumnId, BrugLevel | null>>>;
  readonly incomeThresholds: IncomeThresholds;
  readonly headingLevel: 2 | 3;
}) {
  const Heading = `h${String(headingLevel + 1)}` as 'h3' | 'h4';
  return (
    <section className="brug-chosen">
      <Heading className="brug-chosen__title">{t('brugUi.readOnly.statementsTitle')}</Heading>
      <dl className="brug-chosen__list">
        {definition.dimensions.map((column) => {
          const level = levels[column.id] ?? null;
          const statement = column.levels.find((option) => option.level === level)?.statement;
          return (
            <div key={column.id} className="brug-chosen__item">
              <dt>{column.label}</dt>
              <dd>
                {level === null || statement === undefined ? (
                  t('brugUi.readOnly.none')
                ) : (
                  <>
                    <strong>{t('brugUi.level', { level })}.</strong>{' '}
                    {fillIncomeStatement(
                      statement,
                      value.income?.householdSize ?? 1,
                      incomeThresholds,
                    )}
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
