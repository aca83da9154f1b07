import { comparePositieveGezondheid } from '../instruments/pg-scoring';
import { findInstrument } from '../instruments/registry';
import { liveAssessmentsInOrder, scoreAssessment } from '../instruments/score';
import type { Assessment } from '../schemas/assessment';
import type {
  BalanceAssessmentResult,
  BalanceTotals,
  BrugResult,
  KansencirkelResult,
  PgChange,
  PgComparison,
  PgResult,
  ScoreResult,
} from '../schemas/results';
import type {
  AreaStatus,
  BrugColumnId,
  BrugLevel,
  KansencirkelAreaId,
  KwetsbaarheidLevel,
  PgAspect,
  SphereId,
} from '../schemas/vocabulary';
import type { Scored } from './dossier';

// T0/T1 in the dossier: every measurement of a person per instrument, and what changed between an
// earlier one (T0, by default the first) and the latest (T1). Pure: `now` comes in.

export interface MemberHistory {
  readonly pg: readonly Scored<PgResult>[];
  readonly brug: readonly Scored<BrugResult>[];
  readonly kansencirkel: readonly Scored<KansencirkelResult>[];
  readonly balance: readonly Scored<BalanceAssessmentResult>[];
}

const emptyHistory = (): {
  pg: Scored<PgResult>[];
  brug: Scored<BrugResult>[];
  kansencirkel: Scored<KansencirkelResult>[];
  balance: Scored<BalanceAssessmentResult>[];
} => ({ pg: [], brug: [], kansencirkel: [], balance: [] });

function scored<R extends ScoreResult>(assessment: Assessment, result: R) {
  const definition = findInstrument(assessment.instrumentId, assessment.instrumentVersion);
  return definition === undefined ? undefined : { assessment, definition, result };
}

/**
 * Live measurements per person and instrument, oldest first. PG keeps every version together,
 * so a child who moved on to the jongeren version is still compared by aspect.
 */
export function historyByPerson(
  assessments: readonly Assessment[],
  now: Date,
): Map<string, MemberHistory> {
  const byPerson = new Map<string, ReturnType<typeof emptyHistory>>();
  for (const assessment of liveAssessmentsInOrder(assessments)) {
    const result = scoreAssessment(assessment, { now });
    if (result === undefined) continue;
    const history = byPerson.get(assessment.personId) ?? emptyHistory();
    byPerson.set(assessment.personId, history);
    if (result.kind === 'positieve-gezondheid') {
      const entry = scored(assessment, result);
      if (entry) history.pg.push(entry);
    } else if (result.kind === 'brug-naar-zelfredzaamheid') {
      const entry = scored(assessment, result);
      if (entry) history.brug.push(entry);
    } else if (result.kind === 'kansencirkel') {
      const entry = scored(assessment, result);
      if (entry) history.kansencirkel.push(entry);
    } else {
      const entry = scored(assessment, result);
      if (entry) history.balance.push(entry);
    }
  }
  return byPerson;
}

export interface ComparisonPair<T> {
  /** The measurement compared with (T0). */
  readonly earlier: T;
  /** The latest measurement (T1). */
  readonly latest: T;
  /** Every earlier measurement, oldest first: what the professional can compare with. */
  readonly choices: readonly T[];
}

/**
 * T0 and T1 from a history (oldest first): the latest, and the chosen earlier one, or the first
 * when none (or an unknown one) is chosen. Undefined with fewer than two measurements.
 */
export function comparisonPair<T extends { readonly assessment: { readonly id: string } }>(
  history: readonly T[],
  earlierId?: string,
): ComparisonPair<T> | undefined {
  const latest = history[history.length - 1];
  const choices = history.slice(0, -1);
  const first = choices[0];
  if (latest === undefined || first === undefined) return undefined;
  const earlier = choices.find((entry) => entry.assessment.id === earlierId) ?? first;
  return { earlier, latest, choices };
}

export interface PgMove {
  readonly aspect: PgAspect;
  /** The dimension in the latest version (the earlier one when the latest lacks the aspect). */
  readonly dimensionId: string;
  readonly from: number;
  readonly to: number;
  readonly change: Exclude<PgChange, 'gelijk'>;
}

export interface PgDifference {
  readonly comparison: PgComparison;
  /** Dimensions that moved by at least the minimal meaningful change. */
  readonly moved: readonly PgMove[];
  /** The earlier scores keyed by the latest version's dimension ids, for the web overlay. */
  readonly previousValues: Readonly<Record<string, number>>;
}

export function comparePg(earlier: Scored<PgResult>, latest: Scored<PgResult>): PgDifference {
  const moment = (entry: Scored<PgResult>) => ({
    assessmentId: entry.assessment.id,
    instrumentId: entry.assessment.instrumentId,
    takenAt: entry.assessment.takenAt,
    result: entry.result,
  });
  const comparison = comparePositieveGezondheid(moment(earlier), moment(latest));
  const moved: PgMove[] = [];
  const previousValues: Record<string, number> = {};
  for (const dimension of comparison.dimensions) {
    if (dimension.t1DimensionId !== null && dimension.t0 !== null) {
      previousValues[dimension.t1DimensionId] = dimension.t0;
    }
    const dimensionId = dimension.t1DimensionId ?? dimension.t0DimensionId;
    if (
      dimension.t0 === null ||
      dimension.t1 === null ||
      dimensionId === null ||
      dimension.change === null ||
      dimension.change === 'gelijk'
    ) {
      continue;
    }
    moved.push({
      aspect: dimension.aspect,
      dimensionId,
      from: dimension.t0,
      to: dimension.t1,
      change: dimension.change,
    });
  }
  return { comparison, moved, previousValues };
}

export type Direction = 'beter' | 'slechter';

export interface BrugMove {
  readonly columnId: BrugColumnId;
  readonly from: BrugLevel;
  readonly to: BrugLevel;
  /** Level 1 is zelfredzaam: a lower level is better. */
  readonly change: Direction;
}

export interface BrugDifference {
  readonly moved: readonly BrugMove[];
  /** The earlier level per column, for the dashed line in the bridge. */
  readonly previousLevels: Readonly<Partial<Record<BrugColumnId, BrugLevel | null>>>;
}

export function compareBrug(
  earlier: Scored<BrugResult>,
  latest: Scored<BrugResult>,
): BrugDifference {
  const before = new Map(earlier.result.columns.map((column) => [column.columnId, column.level]));
  const moved: BrugMove[] = [];
  for (const column of latest.result.columns) {
    const from = before.get(column.columnId) ?? null;
    const to = column.level;
    if (from === null || to === null || from === to) continue;
    moved.push({ columnId: column.columnId, from, to, change: to < from ? 'beter' : 'slechter' });
  }
  return { moved, previousLevels: Object.fromEntries(before) };
}

type Sums = Pick<BalanceTotals, 'draagkracht' | 'draaglast' | 'saldo'>;

export interface BalanceDifference {
  readonly from: KwetsbaarheidLevel;
  readonly to: KwetsbaarheidLevel;
  /** Null when the conclusion stayed the same or one of them is still unknown. */
  readonly change: Direction | null;
  readonly overall: { readonly from: Sums; readonly to: Sums };
  /** Spheres whose draagkracht or draaglast changed. */
  readonly spheres: readonly {
    readonly sphereId: SphereId;
    readonly from: Sums;
    readonly to: Sums;
  }[];
}

const LEVEL_RANK: Readonly<Record<KwetsbaarheidLevel, number | null>> = {
  onbekend: null,
  stabiel: 0,
  kwetsbaar: 1,
  'uit-balans': 2,
};

const sums = ({ draagkracht, draaglast, saldo }: BalanceTotals): Sums => ({
  draagkracht,
  draaglast,
  saldo,
});

export function compareBalance(
  earlier: Scored<BalanceAssessmentResult>,
  latest: Scored<BalanceAssessmentResult>,
): BalanceDifference {
  const before = earlier.result.balance;
  const after = latest.result.balance;
  const from = before.kwetsbaarheid.level;
  const to = after.kwetsbaarheid.level;
  const fromRank = LEVEL_RANK[from];
  const toRank = LEVEL_RANK[to];
  const change =
    fromRank === null || toRank === null || fromRank === toRank
      ? null
      : toRank < fromRank
        ? 'beter'
        : 'slechter';
  const spheres = after.spheres.flatMap((sphere) => {
    const old = before.spheres.find((entry) => entry.sphereId === sphere.sphereId);
    if (old === undefined) return [];
    if (old.draagkracht === sphere.draagkracht && old.draaglast === sphere.draaglast) return [];
    return [{ sphereId: sphere.sphereId, from: sums(old), to: sums(sphere) }];
  });
  return {
    from,
    to,
    change,
    overall: { from: sums(before.overall), to: sums(after.overall) },
    spheres,
  };
}

export interface AreaMove {
  readonly areaId: KansencirkelAreaId;
  readonly from: AreaStatus | null;
  readonly to: AreaStatus | null;
  /** Null when one of the two was not filled in. */
  readonly change: Direction | null;
}

const AREA_RANK: Readonly<Record<AreaStatus, number>> = { 'gaat-goed': 0, aandacht: 1, zorg: 2 };

/** The Kansencirkel areas whose status differs between T0 and T1. */
export function compareKansencirkel(
  earlier: Scored<KansencirkelResult>,
  latest: Scored<KansencirkelResult>,
): AreaMove[] {
  const before = new Map(earlier.result.areas.map((area) => [area.areaId, area.status]));
  return latest.result.areas.flatMap((area) => {
    const from = before.get(area.areaId) ?? null;
    const to = area.status;
    if (from === to) return [];
    const change =
      from === null || to === null ? null : AREA_RANK[to] < AREA_RANK[from] ? 'beter' : 'slechter';
    return [{ areaId: area.areaId, from, to, change }];
  });
}
