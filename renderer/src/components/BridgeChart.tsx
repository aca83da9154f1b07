import type { BrugDefinition } from '../../../shared/instruments/definition-schema';
import type { BrugColumnId, BrugLevel } from '../../../shared/schemas/vocabulary';
import { t } from '../app/i18n';
import '../styles/brug.css';

export type BrugLevels = Readonly<Partial<Record<BrugColumnId, BrugLevel | null>>>;

export interface BridgeChartProps {
  readonly definition: BrugDefinition;
  /** Level per column; a missing or null column is drawn as an empty pillar. */
  readonly levels: BrugLevels;
  /** Columns whose level was computed (Inkomen, Wonen) rather than chosen. */
  readonly computed?: readonly BrugColumnId[] | undefined;
  /** Levels of the previous conversation, drawn as a dashed line and named in text. */
  readonly previous?: { readonly dateText: string; readonly levels: BrugLevels } | undefined;
  /** Smaller pillars and no explanation paragraph, for the dossier. */
  readonly compact?: boolean | undefined;
  readonly title?: string | undefined;
  readonly headingLevel?: 2 | 3 | 4 | undefined;
}

const LEVELS: readonly BrugLevel[] = [1, 2, 3, 4];

export const levelWord = (level: BrugLevel): string => t(`brugUi.level.${level}.short`);

/**
 * The bridge: one pillar per column, grouped by pillar. Level 1 reaches the deck ("zelfredzaam").
 * Each pillar carries its number and word as text; colour and pattern only repeat that.
 */
export function BridgeChart({
  definition,
  levels,
  computed = [],
  previous,
  compact = false,
  title = t('brugUi.chart.title'),
  headingLevel = 2,
}: BridgeChartProps) {
  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3' | 'h4';
  return (
    <figure className={compact ? 'bridge bridge--compact' : 'bridge'}>
      <Heading className="bridge__title">{title}</Heading>
      {compact ? null : <p className="bridge__explain">{t('brugUi.chart.explain')}</p>}
      <div className="bridge__plot">
        <p className="bridge__deck" aria-hidden="true">
          {t('brugUi.chart.deck')}
        </p>
        <ul className="bridge__groups">
          {definition.pillars.map((pillar) => {
            const columns = definition.dimensions.filter((column) => column.pillarId === pillar.id);
            return (
              <li key={pillar.id} className="bridge__group" data-columns={columns.length}>
                <ul className="bridge__columns" aria-label={pillar.label}>
                  {columns.map((column) => {
                    const level = levels[column.id] ?? null;
                    const before = previous === undefined ? undefined : previous.levels[column.id];
                    return (
                      <li
                        key={column.id}
                        className="bridge__column"
                        data-column={column.id}
                        data-level={level ?? 'none'}
                      >
                        <div className="bridge__track" aria-hidden="true">
                          {level === null ? null : (
                            <div className={`bridge__bar brug-fill brug-fill--${String(level)}`}>
                              <span className="bridge__badge">{level}</span>
                            </div>
                          )}
                          {before === undefined || before === null ? null : (
                            <div className="bridge__previous" data-level={before} />
                          )}
                        </div>
                        <p className="bridge__label">{column.label}</p>
                        <p className="bridge__value">
                          {level === null ? (
                            t('brugUi.chart.missing')
                          ) : (
                            <>
                              <span className="bridge__number">{t('brugUi.level', { level })}</span>{' '}
                              <span className="bridge__word">{levelWord(level)}</span>
                            </>
                          )}
                        </p>
                        {level !== null && computed.includes(column.id) ? (
                          <p className="bridge__note">{t('brugUi.chart.computed')}</p>
                        ) : null}
                        {before === undefined ? null : (
                          <p className="bridge__note bridge__note--previous">
                            {before === null
                              ? t('brugUi.chart.previousMissing')
                              : t('brugUi.chart.previous', { level: before })}
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ul>
                <p className="bridge__pillar">{pillar.label}</p>
              </li>
            );
          })}
        </ul>
      </div>
      <figcaption className="bridge__legend">
        <span className="visually-hidden">{t('brugUi.chart.legendTitle')}</span>
        <ul className="bridge__legend-list">
          {LEVELS.map((level) => (
            <li key={level} className="bridge__legend-item">
              <span
                className={`bridge__swatch brug-fill brug-fill--${String(level)}`}
                aria-hidden="true"
              >
                {level}
              </span>
              <span>
                <strong>
                  {t('brugUi.level', { level })}: {levelWord(level)}.
                </strong>{' '}
                {t(`brugUi.level.${level}.legend`)}
              </span>
            </li>
          ))}
          {definition.dimensions.every((column) => (levels[column.id] ?? null) !== null) ? null : (
            <li className="bridge__legend-item">
              <span className="bridge__swatch bridge__swatch--missing" aria-hidden="true" />
              <span>{t('brugUi.chart.legendMissing')}</span>
            </li>
          )}
          {previous === undefined ? null : (
            <li className="bridge__legend-item">
              <span className="bridge__swatch bridge__swatch--previous" aria-hidden="true" />
              <span>{t('brugUi.chart.legendPrevious', { date: previous.dateText })}</span>
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
