import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balanceFromAnswers,
  balanceFromProposals,
  deriveBalance,
  householdBalance,
  kwetsbaarheidRank,
  lifeEventIsRecent,
  monthsBefore,
  resolveFactorAnswers,
  type BalanceFactor,
} from '../../../../shared/instruments/balance';
import { BRUG, BRUG_INCOME_THRESHOLDS_2019 } from '../../../../shared/instruments/brug';
import { scoreBrug } from '../../../../shared/instruments/brug-scoring';
import { DEFAULT_BALANCE_THRESHOLDS } from '../../../../shared/instruments/draagkracht-draaglast';
import { proposeFactors } from '../../../../shared/instruments/factor-proposals';
import type { BrugAnswers, LifeEventAnswer } from '../../../../shared/schemas/assessment';
import { BalanceResultSchema, type BalanceResult } from '../../../../shared/schemas/results';
import {
  BrugColumnIdSchema,
  type BrugColumnId,
  type BrugLevel,
  type FactorSide,
  type SphereId,
} from '../../../../shared/schemas/vocabulary';
import { NOW } from '../builders';

function factor(
  factorId: string,
  sphere: SphereId,
  side: FactorSide,
  weight: 1 | 2 | 3,
  duration: 'permanent' | 'tijdelijk' = 'tijdelijk',
): BalanceFactor {
  return { factorId, label: factorId, sphere, side, weight, duration, source: 'bevestigd' };
}

function balance(factors: BalanceFactor[], lifeEvents: LifeEventAnswer[] = []) {
  return deriveBalance({ basis: 'bevestigd', factors, lifeEvents, now: NOW });
}

const codes = (result: BalanceResult) => result.kwetsbaarheid.reasons.map((reason) => reason.code);

describe('balance per sphere and overall', () => {
  it('sums weights per side and sphere; saldo is draagkracht minus draaglast', () => {
    const result = balance([
      factor('goed-netwerk', 'sociaal', 'draagkracht', 3),
      factor('zware-zorgtaken', 'sociaal', 'draaglast', 2),
      factor('werk', 'maatschappelijk-economisch', 'draagkracht', 2),
      factor('beperking-of-chronische-ziekte', 'persoonlijk', 'draaglast', 1, 'permanent'),
    ]);
    expect(BalanceResultSchema.safeParse(result).success).toBe(true);
    expect(
      result.spheres.map((sphere) => [
        sphere.sphereId,
        sphere.draagkracht,
        sphere.draaglast,
        sphere.saldo,
      ]),
    ).toEqual([
      ['persoonlijk', 0, 1, -1],
      ['sociaal', 3, 2, 1],
      ['maatschappelijk-economisch', 2, 0, 2],
    ]);
    expect(result.overall).toEqual({
      draagkracht: 5,
      draaglast: 3,
      saldo: 2,
      permanenteDraaglast: 1,
      tijdelijkeDraaglast: 2,
    });
    expect(result.kwetsbaarheid).toEqual({
      level: 'stabiel',
      reasons: [{ code: 'draagkracht-overweegt', sphereId: null }],
    });
  });

  it.each([
    [[], 'onbekend', ['geen-factoren']],
    [
      [factor('werk', 'maatschappelijk-economisch', 'draagkracht', 1)],
      'stabiel',
      ['draagkracht-overweegt'],
    ],
    [
      [
        factor('werk', 'maatschappelijk-economisch', 'draagkracht', 2),
        factor('schulden', 'persoonlijk', 'draaglast', 2),
      ],
      'kwetsbaar',
      ['draaglast-gelijk-of-groter'],
    ],
    [
      [
        factor('werk', 'maatschappelijk-economisch', 'draagkracht', 3),
        factor('schulden', 'persoonlijk', 'draaglast', 2),
        factor('zware-zorgtaken', 'sociaal', 'draaglast', 1),
      ],
      'kwetsbaar',
      ['draaglast-gelijk-of-groter', 'stapeling'],
    ],
    [
      [
        factor('werk', 'maatschappelijk-economisch', 'draagkracht', 3),
        factor('goed-netwerk', 'sociaal', 'draagkracht', 3),
        factor('schulden', 'persoonlijk', 'draaglast', 3),
      ],
      'kwetsbaar',
      ['sfeer-uit-balans'],
    ],
    [
      [
        factor('goed-netwerk', 'sociaal', 'draagkracht', 3),
        factor('beperking-of-chronische-ziekte', 'sociaal', 'draaglast', 2, 'permanent'),
        factor('verslaving', 'sociaal', 'draaglast', 2, 'permanent'),
      ],
      'kwetsbaar',
      ['draaglast-gelijk-of-groter', 'permanente-draaglast-overweegt'],
    ],
    [
      [factor('schulden', 'persoonlijk', 'draaglast', 1)],
      'kwetsbaar',
      ['draaglast-gelijk-of-groter', 'weinig-draagkracht'],
    ],
    [
      [
        factor('schulden', 'persoonlijk', 'draaglast', 3),
        factor('werk', 'maatschappelijk-economisch', 'draagkracht', 1),
        factor('laag-inkomen', 'maatschappelijk-economisch', 'draaglast', 1),
      ],
      'uit-balans',
      ['draaglast-overweegt-sterk', 'sfeer-uit-balans'],
    ],
  ] as const)('case %#', (factors, level, reasons) => {
    const result = balance([...factors]);
    expect(result.kwetsbaarheid.level).toBe(level);
    expect(codes(result)).toEqual(reasons);
  });

  it('names the sphere that is out of balance', () => {
    const result = balance([factor('weinig-netwerk', 'sociaal', 'draaglast', 3)]);
    expect(result.kwetsbaarheid.reasons).toContainEqual({
      code: 'sfeer-uit-balans',
      sphereId: 'sociaal',
    });
  });

  it('counts a factor given twice once, at its heaviest weight', () => {
    const result = balance([
      factor('schulden', 'persoonlijk', 'draaglast', 1),
      factor('schulden', 'persoonlijk', 'draaglast', 3),
    ]);
    expect(result.overall.draaglast).toBe(3);
  });
});

describe('life events', () => {
  it.each([
    ['2024-06-01T12:00:00Z', 24, '2022-06-01'],
    ['2024-03-31T12:00:00Z', 1, '2024-02-29'],
    ['2023-03-31T12:00:00Z', 1, '2023-02-28'],
    ['2024-01-15T00:00:00Z', 13, '2022-12-15'],
  ])('%s minus %d months is %s', (now, months, expected) => {
    expect(monthsBefore(new Date(now), months)).toBe(expected);
  });

  it.each([
    [{ eventId: 'scheiding' }, true],
    [{ eventId: 'scheiding', date: '2022-06-01' }, true],
    [{ eventId: 'scheiding', date: '2022-05-31' }, false],
    [{ eventId: 'geboorte', date: '2024-09-01' }, true],
  ])('%j counts: %s', (event, expected) => {
    expect(lifeEventIsRecent(event, NOW, 24)).toBe(expected);
  });

  it('add temporary draaglast in their sphere, unless too old or already listed as a factor', () => {
    const result = balance(
      [
        factor('werk', 'maatschappelijk-economisch', 'draagkracht', 3),
        factor('goed-netwerk', 'sociaal', 'draagkracht', 2),
        factor('rouw', 'persoonlijk', 'draaglast', 2),
      ],
      [
        { eventId: 'scheiding', date: '2024-01-10' },
        { eventId: 'overlijden', date: '2024-02-01' },
        { eventId: 'baanverlies', date: '2019-01-01' },
      ],
    );
    const events = result.spheres.flatMap((sphere) => sphere.lifeEvents);
    expect(events.map((event) => [event.eventId, event.counted, event.notCountedBecause])).toEqual([
      ['scheiding', true, null],
      ['overlijden', false, 'al-als-factor'],
      ['baanverlies', false, 'buiten-termijn'],
    ]);
    expect(result.overall.draaglast).toBe(4);
    expect(result.overall.tijdelijkeDraaglast).toBe(4);
    expect(result.kwetsbaarheid.level).toBe('kwetsbaar');
    expect(result.kwetsbaarheid.reasons).toEqual([
      { code: 'sfeer-uit-balans', sphereId: 'persoonlijk' },
      { code: 'tijdelijke-draaglast-door-levensgebeurtenis', sphereId: null },
    ]);
  });

  it('a recent life event alone is enough to judge the balance', () => {
    expect(balance([], [{ eventId: 'baanverlies' }]).kwetsbaarheid.level).toBe('kwetsbaar');
    expect(balance([], [{ eventId: 'baanverlies', date: '2010-01-01' }]).kwetsbaarheid.level).toBe(
      'onbekend',
    );
  });
});

describe('factors from an assessment', () => {
  it('takes sphere, side and label from the catalogue and keeps own factors', () => {
    const factors = resolveFactorAnswers([
      { factorId: 'schulden', weight: 3, duration: 'tijdelijk' },
      {
        factorId: 'steun-van-de-kerk',
        label: 'Steun van de kerk',
        sphere: 'sociaal',
        side: 'draagkracht',
        weight: 1,
        duration: 'permanent',
      },
      { factorId: 'onvolledig', weight: 1, duration: 'permanent' },
    ]);
    expect(factors.map((entry) => [entry.factorId, entry.sphere, entry.side, entry.label])).toEqual(
      [
        ['schulden', 'persoonlijk', 'draaglast', 'Schulden'],
        ['steun-van-de-kerk', 'sociaal', 'draagkracht', 'Steun van de kerk'],
      ],
    );
    const result = balanceFromAnswers(
      {
        kind: 'draagkracht-draaglast',
        factors: [{ factorId: 'schulden', weight: 3, duration: 'tijdelijk' }],
      },
      NOW,
    );
    expect(result.basis).toBe('bevestigd');
    expect(result.kwetsbaarheid.level).toBe('uit-balans');
  });
});

describe('household balance', () => {
  it('is as stable as its least stable member and skips members without a balance', () => {
    const stable = balance([factor('werk', 'maatschappelijk-economisch', 'draagkracht', 2)]);
    const vulnerable = balance([factor('schulden', 'persoonlijk', 'draaglast', 2)]);
    expect(
      householdBalance([
        { personId: 'a', balance: stable },
        { personId: 'b', balance: vulnerable },
        { personId: 'c', balance: null },
      ]),
    ).toEqual({
      level: 'kwetsbaar',
      persons: [
        { personId: 'a', level: 'stabiel', basis: 'bevestigd' },
        { personId: 'b', level: 'kwetsbaar', basis: 'bevestigd' },
      ],
    });
    expect(householdBalance([]).level).toBe('onbekend');
  });
});

describe('properties', () => {
  const level = fc.constantFrom<BrugLevel>(1, 2, 3, 4);
  const levels = fc.record(
    Object.fromEntries(
      BrugColumnIdSchema.options.map((id) => [id, fc.option(level, { nil: undefined })]),
    ) as Record<BrugColumnId, fc.Arbitrary<BrugLevel | undefined>>,
  );

  function brugBalance(chosen: Partial<Record<BrugColumnId, BrugLevel | undefined>>) {
    const answers: BrugAnswers = {
      kind: 'brug-naar-zelfredzaamheid',
      levels: Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined)),
    };
    const result = scoreBrug(BRUG, answers, {
      now: NOW,
      incomeThresholds: BRUG_INCOME_THRESHOLDS_2019,
      assessmentId: null,
    });
    return balanceFromProposals(
      proposeFactors({ brug: [{ assessmentId: null, instrumentId: BRUG.id, result }] }),
      NOW,
    );
  }

  it('a worse Brug level never improves the balance', () => {
    fc.assert(
      fc.property(
        levels,
        fc.constantFrom(...BrugColumnIdSchema.options),
        level,
        (chosen, column, from) => {
          fc.pre(from < 4);
          const better = brugBalance({ ...chosen, [column]: from });
          const worse = brugBalance({ ...chosen, [column]: (from + 1) as BrugLevel });
          expect(worse.overall.saldo).toBeLessThanOrEqual(better.overall.saldo);
          better.spheres.forEach((sphere, index) => {
            expect(worse.spheres[index]?.saldo).toBeLessThanOrEqual(sphere.saldo);
          });
          if (better.kwetsbaarheid.level !== 'onbekend') {
            expect(kwetsbaarheidRank(worse.kwetsbaarheid.level)).toBeGreaterThanOrEqual(
              kwetsbaarheidRank(better.kwetsbaarheid.level),
            );
          }
        },
      ),
    );
  });

  const anyFactor = fc.record({
    factorId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    label: fc.constant('x'),
    sphere: fc.constantFrom<SphereId>('persoonlijk', 'sociaal', 'maatschappelijk-economisch'),
    side: fc.constantFrom<FactorSide>('draagkracht', 'draaglast'),
    weight: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    duration: fc.constantFrom<'permanent' | 'tijdelijk'>('permanent', 'tijdelijk'),
    source: fc.constant<'bevestigd'>('bevestigd'),
  });

  it('adding draaglast never improves the balance; totals always add up', () => {
    fc.assert(
      fc.property(fc.array(anyFactor, { maxLength: 8 }), anyFactor, (factors, extra) => {
        const burden = { ...extra, factorId: 'extra', side: 'draaglast' as const };
        const before = balance(factors);
        const after = balance([...factors, burden]);
        expect(BalanceResultSchema.safeParse(after).success).toBe(true);
        expect(after.overall.saldo).toBeLessThan(before.overall.saldo);
        expect(kwetsbaarheidRank(after.kwetsbaarheid.level)).toBeGreaterThanOrEqual(
          kwetsbaarheidRank(before.kwetsbaarheid.level),
        );
        const sum = (key: 'draagkracht' | 'draaglast') =>
          after.spheres.reduce((total, sphere) => total + sphere[key], 0);
        expect(after.overall.draagkracht).toBe(sum('draagkracht'));
        expect(after.overall.draaglast).toBe(sum('draaglast'));
        expect(after.overall.saldo).toBe(after.overall.draagkracht - after.overall.draaglast);
      }),
    );
  });

  it('thresholds are data: a stricter profile judges the same factors as worse', () => {
    const factors = [
      factor('werk', 'maatschappelijk-economisch', 'draagkracht', 2),
      factor('schulden', 'persoonlijk', 'draaglast', 1),
    ];
    const input = { basis: 'bevestigd' as const, factors, lifeEvents: [], now: NOW };
    expect(deriveBalance(input).kwetsbaarheid.level).toBe('stabiel');
    expect(
      deriveBalance(input, { ...DEFAULT_BALANCE_THRESHOLDS, kwetsbaarAtOrBelow: 1 }).kwetsbaarheid
        .level,
    ).toBe('kwetsbaar');
  });
});
