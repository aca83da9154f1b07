import { useId, useState, type ReactNode } from 'react';
import { formatNumber, t } from '../../app/i18n';
import { BalanceScale } from '../../components/BalanceScale';
import { BridgeChart } from '../../components/BridgeChart';
import { SpiderWeb } from '../../components/SpiderWeb';
import {
  compareBalance,
  compareBrug,
  compareKansencirkel,
  comparePg,
  comparisonPair,
  type Direction,
  type MemberHistory,
} from '../../../../shared/household/compare';
import type { Scored } from '../../../../shared/household/dossier';
import { PG_MINIMAL_CHANGE } from '../../../../shared/instruments/pg-scoring';
import type { InstrumentDefinition } from '../../../../shared/instruments/definition-schema';
import type { AreaStatus, KwetsbaarheidLevel } from '../../../../shared/schemas/vocabulary';
import type { PgResult } from '../../../../shared/schemas/results';
import { formatDay } from '../caseload/household-text';

const pgValues = (result: PgResult): Record<string, number> =>
  Object.fromEntries(
    result.dimensions.flatMap((dimension) =>
      dimension.score === null ? [] : [[dimension.dimensionId, dimension.score]],
    ),
  );

const dimensionLabel = (definition: InstrumentDefinition, id: string): string => {
  if (definition.kind === 'draagkracht-draaglast') return id;
  return definition.dimensions.find((dimension) => dimension.id === id)?.label ?? id;
};

const levelWord = (level: KwetsbaarheidLevel) => t(`balance.level.${level}`).toLowerCase();

/** "beter" / "minder goed" in words; the colour only repeats the word. */
function ChangeWord({ change }: { change: Direction | null }) {
  if (change === null) return null;
  return (
    <>
      {', '}
      <span className={`member-compare__change member-compare__change--${change}`}>
        {t(`dossier.compare.change.${change}`)}
      </span>
    </>
  );
}

/**
 * "What changed since <date>": the chosen earlier measurement (T0, default the first) against the
 * latest (T1). With more than one earlier measurement the professional picks which one.
 */
function Comparison<
  T extends { readonly assessment: { readonly id: string; readonly takenAt: string } },
>({
  choices,
  earlier,
  onChoose,
  children,
}: {
  choices: readonly T[];
  earlier: T;
  onChoose: (id: string) => void;
  children: ReactNode;
}) {
  const selectId = useId();
  return (
    <div className="member-compare">
      <h5 className="member-compare__title">
        {t('dossier.compare.title', { date: formatDay(earlier.assessment.takenAt) })}
      </h5>
      {choices.length > 1 ? (
        <div className="utrecht-form-field member-compare__choose">
          <label className="utrecht-form-label" htmlFor={selectId}>
            {t('dossier.compare.choose')}
          </label>
          <select
            id={selectId}
            className="utrecht-select utrecht-select--html-select"
            value={earlier.assessment.id}
            onChange={(event) => {
              onChoose(event.target.value);
            }}
          >
            {choices.map((choice) => (
              <option key={choice.assessment.id} value={choice.assessment.id}>
                {formatDay(choice.assessment.takenAt)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {children}
    </div>
  );
}

function PgSection({ name, history }: { name: string; history: readonly Scored<PgResult>[] }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const latest = history[history.length - 1];
  if (latest === undefined || latest.definition.kind !== 'positieve-gezondheid') return null;
  const pair = comparisonPair(history, chosen);
  const difference = pair ? comparePg(pair.earlier, pair.latest) : undefined;
  return (
    <section className="member-scores__item">
      <h4>{latest.definition.title}</h4>
      <p className="dossier-note">
        {t('dossier.takenOn', { date: formatDay(latest.assessment.takenAt) })}
      </p>
      <SpiderWeb
        title={t('dossier.pgWebLabel', { name, date: formatDay(latest.assessment.takenAt) })}
        hideTitle
        readOnly
        size="sm"
        dimensions={latest.definition.dimensions}
        values={pgValues(latest.result)}
        takenAt={latest.assessment.takenAt}
        previous={
          pair && difference
            ? { takenAt: pair.earlier.assessment.takenAt, values: difference.previousValues }
            : undefined
        }
      />
      {pair && difference ? (
        <Comparison choices={pair.choices} earlier={pair.earlier} onChoose={setChosen}>
          {difference.moved.length === 0 ? (
            <p>{t('dossier.compare.pgSame', { minimal: PG_MINIMAL_CHANGE })}</p>
          ) : (
            <ul className="member-compare__list">
              {difference.moved.map((move) => (
                <li key={move.aspect}>
                  {t('dossier.compare.pgMove', {
                    dimension: dimensionLabel(latest.definition, move.dimensionId),
                    from: formatNumber(move.from),
                    to: formatNumber(move.to),
                  })}
                  <ChangeWord change={move.change} />
                </li>
              ))}
            </ul>
          )}
        </Comparison>
      ) : null}
    </section>
  );
}

function BrugSection({ history }: { history: MemberHistory['brug'] }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const latest = history[history.length - 1];
  if (latest === undefined || latest.definition.kind !== 'brug-naar-zelfredzaamheid') return null;
  const pair = comparisonPair(history, chosen);
  const difference = pair ? compareBrug(pair.earlier, pair.latest) : undefined;
  return (
    <section className="member-scores__item">
      <BridgeChart
        compact
        headingLevel={4}
        title={latest.definition.title}
        definition={latest.definition}
        levels={Object.fromEntries(
          latest.result.columns.map((column) => [column.columnId, column.level]),
        )}
        computed={latest.result.columns
          .filter((column) => column.source === 'computed')
          .map((column) => column.columnId)}
        previous={
          pair && difference
            ? {
                dateText: formatDay(pair.earlier.assessment.takenAt),
                levels: difference.previousLevels,
              }
            : undefined
        }
      />
      <p className="dossier-note">
        {t('dossier.takenOn', { date: formatDay(latest.assessment.takenAt) })}
      </p>
      {pair && difference ? (
        <Comparison choices={pair.choices} earlier={pair.earlier} onChoose={setChosen}>
          {difference.moved.length === 0 ? (
            <p>{t('dossier.compare.brugSame')}</p>
          ) : (
            <ul className="member-compare__list">
              {difference.moved.map((move) => (
                <li key={move.columnId}>
                  {t('dossier.compare.brugMove', {
                    column: dimensionLabel(latest.definition, move.columnId),
                    from: move.from,
                    to: move.to,
                  })}
                  <ChangeWord change={move.change} />
                </li>
              ))}
            </ul>
          )}
        </Comparison>
      ) : null}
    </section>
  );
}

function KansencirkelSection({ history }: { history: MemberHistory['kansencirkel'] }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const latest = history[history.length - 1];
  if (latest === undefined) return null;
  const { definition, result } = latest;
  const pair = comparisonPair(history, chosen);
  const changed = pair ? compareKansencirkel(pair.earlier, pair.latest) : undefined;
  const statusWord = (status: AreaStatus | null) => t(`dossier.kansencirkel.${status ?? 'open'}`);
  const concern = result.areas.filter(
    (area) => area.status === 'zorg' || area.status === 'aandacht',
  );
  return (
    <section className="member-scores__item">
      <h4>{definition.title}</h4>
      <p className="dossier-note">
        {t('dossier.takenOn', { date: formatDay(latest.assessment.takenAt) })}
      </p>
      <p>{t('dossier.kansencirkelCounts', { ...result.counts })}</p>
      {result.counts.open > 0 ? (
        <p>{t('dossier.kansencirkelOpen', { count: result.counts.open })}</p>
      ) : null}
      {concern.length > 0 ? (
        <p>
          {t('dossier.kansencirkelConcern', {
            areas: concern
              .map(
                (area) => `${dimensionLabel(definition, area.areaId)} (${statusWord(area.status)})`,
              )
              .join(', '),
          })}
        </p>
      ) : null}
      {pair && changed ? (
        <Comparison choices={pair.choices} earlier={pair.earlier} onChoose={setChosen}>
          {changed.length === 0 ? (
            <p>{t('dossier.compare.kansSame')}</p>
          ) : (
            <ul className="member-compare__list">
              {changed.map((move) => (
                <li key={move.areaId}>
                  {t('dossier.compare.kansMove', {
                    area: dimensionLabel(definition, move.areaId),
                    from: statusWord(move.from),
                    to: statusWord(move.to),
                  })}
                  <ChangeWord change={move.change} />
                </li>
              ))}
            </ul>
          )}
        </Comparison>
      ) : null}
    </section>
  );
}

function BalanceSection({ history }: { history: MemberHistory['balance'] }) {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const latest = history[history.length - 1];
  if (latest === undefined) return null;
  const pair = comparisonPair(history, chosen);
  const difference = pair ? compareBalance(pair.earlier, pair.latest) : undefined;
  const sphereLabel = (id: string) =>
    latest.definition.kind === 'draagkracht-draaglast'
      ? (latest.definition.spheres.find((sphere) => sphere.id === id)?.label ?? id)
      : id;
  return (
    <section className="member-scores__item">
      <h4>{latest.definition.title}</h4>
      <p className="dossier-note">
        {t('dossier.takenOn', { date: formatDay(latest.assessment.takenAt) })}
      </p>
      {latest.result.balance.basis === 'voorstel' ? (
        <p className="dossier-note">{t('dossier.balanceProposal')}</p>
      ) : null}
      <BalanceScale balance={latest.result.balance} variant="compact" />
      {pair && difference ? (
        <Comparison choices={pair.choices} earlier={pair.earlier} onChoose={setChosen}>
          <ul className="member-compare__list">
            <li>
              {t('dossier.compare.balanceLevel', {
                from: levelWord(difference.from),
                to: levelWord(difference.to),
              })}
              <ChangeWord change={difference.change} />
            </li>
            <li>
              {t('dossier.compare.balanceTotal', {
                fromKracht: difference.overall.from.draagkracht,
                toKracht: difference.overall.to.draagkracht,
                fromLast: difference.overall.from.draaglast,
                toLast: difference.overall.to.draaglast,
              })}
            </li>
            {difference.spheres.map((sphere) => (
              <li key={sphere.sphereId}>
                {t('dossier.compare.balanceSphere', {
                  sphere: sphereLabel(sphere.sphereId),
                  fromKracht: sphere.from.draagkracht,
                  toKracht: sphere.to.draagkracht,
                  fromLast: sphere.from.draaglast,
                  toLast: sphere.to.draaglast,
                })}
              </li>
            ))}
          </ul>
        </Comparison>
      ) : null}
    </section>
  );
}

/**
 * The latest result of each instrument of one person, read-only and compact; with two or more
 * measurements also what changed between T0 and T1.
 */
export function MemberScores({
  name,
  history,
}: {
  name: string;
  history: MemberHistory | undefined;
}) {
  if (
    history === undefined ||
    (history.pg.length === 0 &&
      history.brug.length === 0 &&
      history.kansencirkel.length === 0 &&
      history.balance.length === 0)
  ) {
    return <p className="dossier-note">{t('dossier.memberNoScores')}</p>;
  }
  return (
    <div className="member-scores">
      <PgSection name={name} history={history.pg} />
      <BrugSection history={history.brug} />
      <KansencirkelSection history={history.kansencirkel} />
      <BalanceSection history={history.balance} />
    </div>
  );
}
