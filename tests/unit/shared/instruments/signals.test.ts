import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCase } from '../../../../shared/instruments/case';
import { DEFAULT_SIGNAL_THRESHOLDS } from '../../../../shared/instruments/signal-thresholds';
import {
  deriveSignals,
  MANUAL_EVIDENCE_SOURCE,
  severityRank,
  summarizeSignals,
} from '../../../../shared/instruments/signals';
import type { Answers, Assessment } from '../../../../shared/schemas/assessment';
import { SignalSchema, type Signal } from '../../../../shared/schemas/results';
import { PersonRoleSchema } from '../../../../shared/schemas/person';
import type { AreaStatus } from '../../../../shared/schemas/vocabulary';
import {
  ADULT_DIMENSIONS,
  assessment,
  household,
  NOW,
  OTHER_PERSON_ID,
  person,
  PERSON_ID,
  pgScores,
} from '../builders';

function signalsOf(...assessments: Assessment[]): Signal[] {
  return deriveSignals({ assessments, now: NOW });
}

const brief = (signals: readonly Signal[]) =>
  signals.map((signal) => `${signal.signalId}:${signal.severity}`);

describe('signals from Positieve Gezondheid', () => {
  it.each([
    [3, 'ernstig'],
    [3.5, 'matig'],
    [4, 'matig'],
    [5, 'mild'],
    [5.1, null],
    [6, null],
    [0, 'ernstig'],
  ])('score %d on Meedoen gives %s', (score, severity) => {
    const signals = signalsOf(assessment(pgScores({ meedoen: score })));
    expect(brief(signals)).toEqual(severity === null ? [] : [`netwerk-eenzaamheid:${severity}`]);
  });

  it.each([
    ['lichaamsfuncties', 'lichamelijk'],
    ['mentaal-welbevinden', 'mentaal'],
    ['zingeving', 'zingeving'],
    ['kwaliteit-van-leven', 'mentaal'],
    ['dagelijks-functioneren', 'dagelijks-functioneren'],
  ])('a low %s raises %s with the answer as evidence', (dimension, signalId) => {
    const item = assessment(pgScores({ [dimension]: 2 }));
    expect(signalsOf(item)).toEqual([
      {
        signalId,
        personId: PERSON_ID,
        severity: 'ernstig',
        evidence: [
          {
            assessmentId: item.id,
            instrumentId: 'positieve-gezondheid-volwassenen',
            field: dimension,
            value: 2,
            severity: 'ernstig',
          },
        ],
      },
    ]);
  });
});

describe('signals from the Brug', () => {
  const brug = (levels: Extract<Answers, { kind: 'brug-naar-zelfredzaamheid' }>['levels']) =>
    assessment({ kind: 'brug-naar-zelfredzaamheid', levels });

  it.each([
    [{ schulden: 1 }, []],
    [{ schulden: 2 }, ['financieel:mild']],
    [{ schulden: 3 }, ['financieel:matig']],
    [{ schulden: 4 }, ['financieel:ernstig']],
    [{ spaargeld: 3 }, ['financieel:mild']],
    [{ spaargeld: 4, schulden: 3 }, ['financieel:matig']],
    [{ wonen: 4 }, ['wonen:ernstig']],
    [{ 'zorg-voor-anderen': 2 }, ['mantelzorgbelasting:mild']],
    [{ gezondheid: 2 }, []],
    [{ gezondheid: 4 }, ['dagelijks-functioneren:ernstig']],
    [{ 'sociale-contacten': 3 }, ['netwerk-eenzaamheid:matig']],
    [{ diploma: 4 }, ['basisvaardigheden:mild', 'werk:mild']],
    [{ inkomen: 4 }, ['financieel:ernstig', 'werk:mild']],
  ] as const)('%j gives %j', (levels, expected) => {
    expect(brief(signalsOf(brug(levels)))).toEqual(expected);
  });

  it('uses the income level computed from income and household size', () => {
    const item = assessment({
      kind: 'brug-naar-zelfredzaamheid',
      levels: {},
      income: { netMonthly: 400, householdSize: 1 },
    });
    expect(brief(signalsOf(item))).toEqual(['financieel:matig', 'werk:mild']);
  });
});

describe('signals from the Kansencirkel and safety', () => {
  const circle = (areas: Partial<Record<string, AreaStatus>>) =>
    assessment({ kind: 'kansencirkel', areas }, { instrumentId: 'kansencirkel' });

  it('Veilig = zorg raises veiligheid ernstig', () => {
    expect(brief(signalsOf(circle({ veilig: 'zorg' })))).toEqual(['veiligheid:ernstig']);
    expect(brief(signalsOf(circle({ veilig: 'aandacht' })))).toEqual(['veiligheid:matig']);
    expect(brief(signalsOf(circle({ veilig: 'gaat-goed' })))).toEqual([]);
  });

  it('two areas with zorg stay matig; three make opvoeden-kind ernstig', () => {
    expect(brief(signalsOf(circle({ actief: 'zorg', ontplooiing: 'zorg' })))).toEqual([
      'opvoeden-kind:matig',
    ]);
    const three = signalsOf(circle({ actief: 'zorg', ontplooiing: 'zorg', gerespecteerd: 'zorg' }));
    expect(brief(three)).toEqual(['opvoeden-kind:ernstig']);
    expect(three[0]?.evidence.filter((evidence) => evidence.severity === 'ernstig')).toHaveLength(
      3,
    );
  });

  it('a safety concern on any assessment raises veiligheid ernstig, even with good answers', () => {
    const item = assessment(pgScores(), { safetyConcern: true });
    expect(signalsOf(item)).toEqual([
      {
        signalId: 'veiligheid',
        personId: PERSON_ID,
        severity: 'ernstig',
        evidence: [
          {
            assessmentId: item.id,
            instrumentId: item.instrumentId,
            field: 'safetyConcern',
            value: true,
            severity: 'ernstig',
          },
        ],
      },
    ]);
  });

  it('takes safety concerns recorded elsewhere, for the household as a whole', () => {
    const signals = deriveSignals({
      assessments: [],
      now: NOW,
      safetyConcerns: [{ personId: null }],
    });
    expect(signals).toEqual([
      {
        signalId: 'veiligheid',
        personId: null,
        severity: 'ernstig',
        evidence: [
          {
            assessmentId: null,
            instrumentId: MANUAL_EVIDENCE_SOURCE,
            field: 'safetyConcern',
            value: true,
            severity: 'ernstig',
          },
        ],
      },
    ]);
  });
});

describe('signals from draagkracht and draaglast', () => {
  const factors = (
    list: Extract<Answers, { kind: 'draagkracht-draaglast' }>['factors'],
    lifeEvents: Extract<Answers, { kind: 'draagkracht-draaglast' }>['lifeEvents'] = [],
  ) => assessment({ kind: 'draagkracht-draaglast', factors: list, lifeEvents });

  it.each([
    [{ factorId: 'schulden', weight: 1, duration: 'tijdelijk' }, ['financieel:mild']],
    [{ factorId: 'schulden', weight: 3, duration: 'tijdelijk' }, ['financieel:ernstig']],
    [
      { factorId: 'zware-zorgtaken', weight: 2, duration: 'tijdelijk' },
      ['mantelzorgbelasting:matig'],
    ],
    [{ factorId: 'onveilige-situatie', weight: 1, duration: 'tijdelijk' }, ['veiligheid:ernstig']],
    [{ factorId: 'goed-netwerk', weight: 3, duration: 'tijdelijk' }, []],
    [
      {
        factorId: 'eigen-zorg',
        label: 'Eigen zorg',
        sphere: 'sociaal',
        side: 'draaglast',
        weight: 3,
        duration: 'tijdelijk',
      },
      [],
    ],
  ] as const)('factor %j gives %j', (factor, expected) => {
    expect(brief(signalsOf(factors([factor])))).toEqual(expected);
  });

  it('recent life events raise mild signals; old ones do not', () => {
    expect(brief(signalsOf(factors([], [{ eventId: 'baanverlies', date: '2024-01-01' }])))).toEqual(
      ['financieel:mild', 'werk:mild'],
    );
    expect(brief(signalsOf(factors([], [{ eventId: 'baanverlies', date: '2020-01-01' }])))).toEqual(
      [],
    );
    expect(brief(signalsOf(factors([], [{ eventId: 'verhuizing' }])))).toEqual([]);
  });
});

describe('which assessments count', () => {
  it('only the latest live assessment per person and instrument kind', () => {
    const old = assessment(pgScores({ meedoen: 2 }), { takenAt: '2024-01-01' });
    const recent = assessment(pgScores({ meedoen: 8 }), { takenAt: '2024-05-01' });
    expect(signalsOf(old, recent)).toEqual([]);
    const deleted = { ...recent, deletedAt: '2024-05-02T00:00:00Z' };
    expect(brief(signalsOf(old, deleted))).toEqual(['netwerk-eenzaamheid:ernstig']);
    const draft = assessment(pgScores({ meedoen: 4 }), { takenAt: '2024-05-20', status: 'draft' });
    expect(brief(signalsOf(old, recent, draft))).toEqual(['netwerk-eenzaamheid:matig']);
  });

  it('keeps people apart and sorts most severe first', () => {
    const signals = signalsOf(
      assessment(pgScores({ meedoen: 5 })),
      assessment(pgScores({ meedoen: 2 }), { personId: OTHER_PERSON_ID }),
      assessment({ kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4 } }),
    );
    expect(signals.map((signal) => [signal.signalId, signal.personId, signal.severity])).toEqual([
      ['financieel', PERSON_ID, 'ernstig'],
      ['netwerk-eenzaamheid', OTHER_PERSON_ID, 'ernstig'],
      ['netwerk-eenzaamheid', PERSON_ID, 'mild'],
    ]);
    expect(summarizeSignals(signals)).toEqual([
      { signalId: 'financieel', severity: 'ernstig', personIds: [PERSON_ID] },
      {
        signalId: 'netwerk-eenzaamheid',
        severity: 'ernstig',
        personIds: [OTHER_PERSON_ID, PERSON_ID],
      },
    ]);
  });

  it('thresholds are data: a profile can move a band', () => {
    const strict = {
      ...DEFAULT_SIGNAL_THRESHOLDS,
      positieveGezondheid: {
        ...DEFAULT_SIGNAL_THRESHOLDS.positieveGezondheid,
        bands: [{ atOrBelow: 6, severity: 'mild' }],
      },
    } as const;
    const item = assessment(pgScores({ meedoen: 6 }));
    expect(brief(signalsOf(item))).toEqual([]);
    expect(brief(deriveSignals({ assessments: [item], now: NOW }, strict))).toEqual([
      'netwerk-eenzaamheid:mild',
    ]);
  });
});

describe('safety concerns stay until someone resolves them (engine rule 7)', () => {
  const circle = (areas: Partial<Record<string, AreaStatus>>, overrides: Partial<Assessment>) =>
    assessment({ kind: 'kansencirkel', areas }, { instrumentId: 'kansencirkel', ...overrides });

  it('a flag on an older assessment counts when a newer one of the same kind has none', () => {
    const flagged = assessment(pgScores(), { takenAt: '2024-01-01', safetyConcern: true });
    const later = assessment(pgScores(), { takenAt: '2024-03-01' });
    const signals = signalsOf(flagged, later);
    expect(brief(signals)).toEqual(['veiligheid:ernstig']);
    expect(signals[0]?.evidence.map((evidence) => evidence.assessmentId)).toEqual([flagged.id]);
  });

  it('a newer draft without the flag does not hide it', () => {
    const flagged = assessment(pgScores(), { takenAt: '2024-01-01', safetyConcern: true });
    const draft = assessment(pgScores(), { takenAt: '2024-05-01', status: 'draft' });
    expect(brief(signalsOf(flagged, draft))).toEqual(['veiligheid:ernstig']);
  });

  it('a flag on a newer draft counts at once', () => {
    const final = assessment(pgScores(), { takenAt: '2024-01-01' });
    const draft = assessment(pgScores(), {
      takenAt: '2024-05-01',
      status: 'draft',
      safetyConcern: true,
    });
    expect(brief(signalsOf(final, draft))).toEqual(['veiligheid:ernstig']);
  });

  it('Kansencirkel Veilig = zorg stays when a later circle says gaat goed', () => {
    const worried = circle({ veilig: 'zorg' }, { takenAt: '2024-01-01' });
    const later = circle({ veilig: 'gaat-goed', actief: 'aandacht' }, { takenAt: '2024-04-01' });
    const signals = signalsOf(worried, later);
    expect(brief(signals)).toEqual(['veiligheid:ernstig', 'opvoeden-kind:mild']);
    expect(signals[0]?.evidence).toEqual([
      {
        assessmentId: worried.id,
        instrumentId: 'kansencirkel',
        field: 'veilig',
        value: 'zorg',
        severity: 'ernstig',
      },
    ]);
  });

  it('an onveilige situatie in an older balance stays; its other factors do not', () => {
    const older = assessment(
      {
        kind: 'draagkracht-draaglast',
        factors: [
          { factorId: 'onveilige-situatie', weight: 2, duration: 'tijdelijk' },
          { factorId: 'schulden', weight: 3, duration: 'tijdelijk' },
        ],
      },
      { takenAt: '2024-01-01' },
    );
    const newer = assessment(
      { kind: 'draagkracht-draaglast', factors: [] },
      { takenAt: '2024-04-01' },
    );
    expect(brief(signalsOf(older, newer))).toEqual(['veiligheid:ernstig']);
  });

  it('only answers of the latest assessment count for every other signal', () => {
    const older = assessment(pgScores({ meedoen: 2 }), {
      takenAt: '2024-01-01',
      safetyConcern: true,
    });
    const newer = assessment(pgScores({ meedoen: 8 }), { takenAt: '2024-03-01' });
    expect(brief(signalsOf(older, newer))).toEqual(['veiligheid:ernstig']);
  });

  it('a soft-deleted assessment (recorded in error) raises nothing', () => {
    const flagged = assessment(pgScores(), {
      takenAt: '2024-01-01',
      safetyConcern: true,
      deletedAt: '2024-02-01T00:00:00Z',
    });
    expect(signalsOf(flagged, assessment(pgScores(), { takenAt: '2024-03-01' }))).toEqual([]);
  });

  it('keeps the concern with the person it was recorded for', () => {
    const flagged = assessment(pgScores(), {
      takenAt: '2024-01-01',
      safetyConcern: true,
      personId: OTHER_PERSON_ID,
    });
    const later = assessment(pgScores(), { takenAt: '2024-03-01', personId: OTHER_PERSON_ID });
    expect(signalsOf(flagged, later).map((signal) => signal.personId)).toEqual([OTHER_PERSON_ID]);
  });
});

describe('properties', () => {
  const score = fc.integer({ min: 0, max: 10 });
  const level = fc.constantFrom(1, 2, 3, 4);
  const status = fc.constantFrom<AreaStatus>('gaat-goed', 'aandacht', 'zorg');
  const answers = fc.oneof(
    fc
      .array(score, { minLength: 6, maxLength: 6 })
      .map((scores) =>
        pgScores(
          Object.fromEntries(
            ADULT_DIMENSIONS.map((dimension, index) => [dimension, scores[index] ?? 0]),
          ),
        ),
      ),
    fc
      .record({ schulden: level, wonen: level, inkomen: level, diploma: level })
      .map((levels): Answers => ({ kind: 'brug-naar-zelfredzaamheid', levels })),
    fc
      .record({ veilig: status, gekoesterd: status, actief: status, gezond: status })
      .map((areas): Answers => ({ kind: 'kansencirkel', areas })),
  );

  it('every signal is valid, has evidence, and carries its most severe evidence', () => {
    fc.assert(
      fc.property(fc.array(answers, { maxLength: 4 }), fc.boolean(), (list, concern) => {
        const signals = signalsOf(
          ...list.map((item, index) =>
            assessment(item, { takenAt: `2024-01-0${String(index + 1)}`, safetyConcern: concern }),
          ),
        );
        for (const signal of signals) {
          expect(SignalSchema.safeParse(signal).success).toBe(true);
          const worst = Math.max(
            ...signal.evidence.map((evidence) => severityRank(evidence.severity)),
          );
          expect(severityRank(signal.severity)).toBe(worst);
        }
        if (concern && list.length > 0) {
          expect(signals[0]?.signalId).toBe('veiligheid');
          expect(signals[0]?.severity).toBe('ernstig');
        }
      }),
    );
  });

  it('adding a newer assessment without the flag never removes or softens a veiligheid signal', () => {
    const day = fc
      .integer({ min: 1, max: 28 })
      .map((value) => `2024-0${String((value % 6) + 1)}-${String(value).padStart(2, '0')}`);
    const existing = fc.record({
      answers,
      takenAt: day,
      personId: fc.constantFrom(PERSON_ID, OTHER_PERSON_ID),
      status: fc.constantFrom('draft' as const, 'final' as const),
      safetyConcern: fc.option(fc.boolean(), { nil: undefined }),
      deleted: fc.boolean(),
    });
    const newer = fc.record({
      answers,
      personId: fc.constantFrom(PERSON_ID, OTHER_PERSON_ID),
      status: fc.constantFrom('draft' as const, 'final' as const),
      safetyConcern: fc.constantFrom(false, undefined),
    });
    const build = (entry: {
      answers: Answers;
      takenAt: string;
      personId: string;
      status: 'draft' | 'final';
      safetyConcern: boolean | undefined;
      deleted?: boolean;
    }) =>
      assessment(entry.answers, {
        takenAt: entry.takenAt,
        personId: entry.personId,
        status: entry.status,
        ...(entry.safetyConcern === undefined ? {} : { safetyConcern: entry.safetyConcern }),
        ...(entry.deleted === true ? { deletedAt: '2024-12-01T00:00:00Z' } : {}),
      });
    const veiligheid = (signals: readonly Signal[]) =>
      signals.filter((signal) => signal.signalId === 'veiligheid');

    fc.assert(
      fc.property(fc.array(existing, { maxLength: 6 }), newer, (list, added) => {
        const before = list.map(build);
        const after = [...before, build({ ...added, takenAt: '2024-12-31' })];
        const was = veiligheid(signalsOf(...before));
        const now = veiligheid(signalsOf(...after));
        for (const signal of was) {
          const still = now.find((candidate) => candidate.personId === signal.personId);
          expect(still).toBeDefined();
          expect(severityRank(still?.severity ?? 'mild')).toBeGreaterThanOrEqual(
            severityRank(signal.severity),
          );
          expect(still?.evidence).toEqual(expect.arrayContaining(signal.evidence));
        }
      }),
    );
  });

  it('K9: signals depend on answers only, never on role, age or household label', () => {
    fc.assert(
      fc.property(
        fc.array(answers, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...PersonRoleSchema.options),
        fc.option(fc.integer({ min: 1930, max: 2020 }), { nil: undefined }),
        fc.string({ minLength: 1, maxLength: 20 }),
        (list, role, birthYear, label) => {
          const assessments = list.map((item, index) =>
            assessment(item, { takenAt: `2024-02-0${String(index + 1)}` }),
          );
          const base = scoreCase(
            { household: household(), persons: [person()], assessments },
            { now: NOW },
          );
          const changed = scoreCase(
            {
              household: household({ label }),
              persons: [
                person(
                  role,
                  birthYear === undefined ? {} : { birthDate: `${String(birthYear)}-06-15` },
                ),
              ],
              assessments,
            },
            { now: NOW },
          );
          expect(changed.signals).toEqual(base.signals);
        },
      ),
    );
  });
});
