import type { BalanceAnswers, FactorAnswer, LifeEventAnswer } from '../schemas/assessment';
import type {
  BalanceFactorEntry,
  BalanceLifeEventEntry,
  BalanceResult,
  BalanceTotals,
  HouseholdBalance,
  Kwetsbaarheid,
  ProposedFactor,
  SphereBalance,
} from '../schemas/results';
import type {
  FactorDuration,
  FactorSide,
  FactorWeight,
  KwetsbaarheidLevel,
  KwetsbaarheidReason,
  SphereId,
} from '../schemas/vocabulary';
import type { BalanceDefinition, BalanceThresholds } from './definition-schema';
import { DEFAULT_BALANCE_THRESHOLDS, DRAAGKRACHT_DRAAGLAST } from './draagkracht-draaglast';
import { findFactor, findLifeEvent } from './registry';

/** From least to most worrying; `onbekend` (nothing recorded) ranks lowest. */
export const KWETSBAARHEID_ORDER: readonly KwetsbaarheidLevel[] = [
  'onbekend',
  'stabiel',
  'kwetsbaar',
  'uit-balans',
];

export function kwetsbaarheidRank(level: KwetsbaarheidLevel): number {
  return KWETSBAARHEID_ORDER.indexOf(level);
}

export interface BalanceFactor {
  readonly factorId: string;
  readonly label: string;
  readonly sphere: SphereId;
  readonly side: FactorSide;
  readonly weight: FactorWeight;
  readonly duration: FactorDuration;
  readonly source: 'bevestigd' | 'voorgesteld';
}

export interface BalanceInput {
  readonly basis: 'bevestigd' | 'voorstel';
  readonly factors: readonly BalanceFactor[];
  readonly lifeEvents: readonly LifeEventAnswer[];
  readonly now: Date;
}

/** `now` minus whole months, as YYYY-MM-DD (UTC); a day past the month's end rolls back. */
export function monthsBefore(now: Date, months: number): string {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** Undated events always count; dated ones count from `months` ago, future ones too (planned). */
export function lifeEventIsRecent(event: LifeEventAnswer, now: Date, months: number): boolean {
  return event.date === undefined || event.date >= monthsBefore(now, months);
}

function totals(
  factors: readonly BalanceFactorEntry[],
  lifeEvents: readonly BalanceLifeEventEntry[],
): BalanceTotals {
  let draagkracht = 0;
  let permanenteDraaglast = 0;
  let tijdelijkeDraaglast = 0;
  for (const factor of factors) {
    if (factor.side === 'draagkracht') {
      draagkracht += factor.weight;
    } else if (factor.duration === 'permanent') {
      permanenteDraaglast += factor.weight;
    } else {
      tijdelijkeDraaglast += factor.weight;
    }
  }
  for (const event of lifeEvents) {
    if (event.counted) {
      tijdelijkeDraaglast += event.weight;
    }
  }
  const draaglast = permanenteDraaglast + tijdelijkeDraaglast;
  return {
    draagkracht,
    draaglast,
    saldo: draagkracht - draaglast,
    permanenteDraaglast,
    tijdelijkeDraaglast,
  };
}

function judge(
  spheres: readonly SphereBalance[],
  overall: BalanceTotals,
  hasInput: boolean,
  countedLifeEvents: number,
  thresholds: BalanceThresholds,
): Kwetsbaarheid {
  if (!hasInput) {
    return { level: 'onbekend', reasons: [{ code: 'geen-factoren', sphereId: null }] };
  }
  const reasons: { code: KwetsbaarheidReason; sphereId: SphereId | null }[] = [];
  const add = (code: KwetsbaarheidReason, sphereId: SphereId | null = null) => {
    reasons.push({ code, sphereId });
  };
  const strong = overall.saldo <= thresholds.uitBalansAtOrBelow;
  if (strong) {
    add('draaglast-overweegt-sterk');
  } else if (overall.saldo <= thresholds.kwetsbaarAtOrBelow && overall.draaglast > 0) {
    add('draaglast-gelijk-of-groter');
  }
  for (const sphere of spheres) {
    if (sphere.saldo <= thresholds.sphereAtOrBelow) {
      add('sfeer-uit-balans', sphere.sphereId);
    }
  }
  if (overall.permanenteDraaglast > overall.draagkracht) {
    add('permanente-draaglast-overweegt');
  }
  if (overall.draagkracht <= thresholds.lowDraagkrachtAtOrBelow && overall.draaglast > 0) {
    add('weinig-draagkracht');
  }
  if (spheres.filter((sphere) => sphere.saldo < 0).length >= thresholds.stapelingSpheres) {
    add('stapeling');
  }
  if (reasons.length === 0) {
    return { level: 'stabiel', reasons: [{ code: 'draagkracht-overweegt', sphereId: null }] };
  }
  if (countedLifeEvents > 0) {
    add('tijdelijke-draaglast-door-levensgebeurtenis');
  }
  return { level: strong ? 'uit-balans' : 'kwetsbaar', reasons };
}

/**
 * The balance per sphere and overall. Saldo = sum of draagkracht weights minus sum of draaglast
 * weights (a difference, not a ratio: weights are small whole numbers and a ratio breaks at 0).
 * Recent life events add temporary draaglast unless their factor is already listed.
 */
export function deriveBalance(
  input: BalanceInput,
  thresholds: BalanceThresholds = DEFAULT_BALANCE_THRESHOLDS,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): BalanceResult {
  // The same factor twice (e.g. proposed by two instruments) counts once, at its heaviest.
  const heaviest = new Map<string, BalanceFactor>();
  for (const factor of input.factors) {
    const known = heaviest.get(factor.factorId);
    if (known === undefined || factor.weight > known.weight) {
      heaviest.set(factor.factorId, factor);
    }
  }
  const factors = [...heaviest.values()];
  const listedIds = new Set(factors.map((factor) => factor.factorId));

  let countedLifeEvents = 0;
  const spheres: SphereBalance[] = definition.spheres.map((sphere) => {
    const entries: BalanceFactorEntry[] = factors
      .filter((factor) => factor.sphere === sphere.id)
      .map(({ factorId, label, side, weight, duration, source }) => ({
        factorId,
        label,
        side,
        weight,
        duration,
        source,
      }));
    const lifeEvents: BalanceLifeEventEntry[] = input.lifeEvents.flatMap((event) => {
      const known = findLifeEvent(event.eventId, definition);
      if (known?.sphere !== sphere.id) {
        return [];
      }
      const recent = lifeEventIsRecent(event, input.now, thresholds.lifeEventMonths);
      const alreadyListed =
        known.relatedFactorId !== undefined && listedIds.has(known.relatedFactorId);
      const counted = recent && !alreadyListed;
      if (counted) {
        countedLifeEvents += 1;
      }
      return [
        {
          eventId: known.id,
          label: known.label,
          weight: known.weight,
          date: event.date ?? null,
          counted,
          notCountedBecause: counted ? null : recent ? 'al-als-factor' : 'buiten-termijn',
        },
      ];
    });
    return { sphereId: sphere.id, ...totals(entries, lifeEvents), factors: entries, lifeEvents };
  });

  const overall = totals(
    spheres.flatMap((sphere) => sphere.factors),
    spheres.flatMap((sphere) => sphere.lifeEvents),
  );
  return {
    basis: input.basis,
    spheres,
    overall,
    kwetsbaarheid: judge(
      spheres,
      overall,
      factors.length > 0 || countedLifeEvents > 0,
      countedLifeEvents,
      thresholds,
    ),
  };
}

/**
 * Catalogue factors take sphere, side and label from the catalogue; own factors bring their own.
 * An own factor without sphere or side cannot be placed and is left out (validation reports it).
 */
export function resolveFactorAnswers(
  answers: readonly FactorAnswer[],
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): BalanceFactor[] {
  return answers.flatMap((answer) => {
    const known = findFactor(answer.factorId, definition);
    const sphere = known?.sphere ?? answer.sphere;
    const side = known?.factor.side ?? answer.side;
    if (sphere === undefined || side === undefined) {
      return [];
    }
    return [
      {
        factorId: answer.factorId,
        label: known?.factor.label ?? answer.label ?? answer.factorId,
        sphere,
        side,
        weight: answer.weight,
        duration: answer.duration,
        source: 'bevestigd',
      },
    ];
  });
}

export function balanceFromAnswers(
  answers: BalanceAnswers,
  now: Date,
  thresholds: BalanceThresholds = DEFAULT_BALANCE_THRESHOLDS,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): BalanceResult {
  return deriveBalance(
    {
      basis: 'bevestigd',
      factors: resolveFactorAnswers(answers.factors, definition),
      lifeEvents: answers.lifeEvents ?? [],
      now,
    },
    thresholds,
    definition,
  );
}

/** A first picture before the professional has confirmed anything, clearly marked `voorstel`. */
export function balanceFromProposals(
  proposals: readonly ProposedFactor[],
  now: Date,
  thresholds: BalanceThresholds = DEFAULT_BALANCE_THRESHOLDS,
  definition: BalanceDefinition = DRAAGKRACHT_DRAAGLAST,
): BalanceResult {
  return deriveBalance(
    {
      basis: 'voorstel',
      factors: proposals.map(({ factorId, label, sphere, side, weight, duration }) => ({
        factorId,
        label,
        sphere,
        side,
        weight,
        duration,
        source: 'voorgesteld',
      })),
      lifeEvents: [],
      now,
    },
    thresholds,
    definition,
  );
}

/** The household is as stable as its least stable member. */
export function householdBalance(
  persons: readonly { readonly personId: string; readonly balance: BalanceResult | null }[],
): HouseholdBalance {
  const members = persons.flatMap(({ personId, balance }) =>
    balance === null
      ? []
      : [{ personId, level: balance.kwetsbaarheid.level, basis: balance.basis }],
  );
  const level = members.reduce<KwetsbaarheidLevel>(
    (worst, member) =>
      kwetsbaarheidRank(member.level) > kwetsbaarheidRank(worst) ? member.level : worst,
    'onbekend',
  );
  return { level, persons: members };
}
