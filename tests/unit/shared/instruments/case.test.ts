import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCase } from '../../../../shared/instruments/case';
import { describeInstruments } from '../../../../shared/instruments/describe';
import { parseCaseInput, type CaseInput } from '../../../../shared/instruments/validate';
import { CaseScoreSchema } from '../../../../shared/schemas/results';
import {
  assessment,
  household,
  NOW,
  OTHER_PERSON_ID,
  person,
  PERSON_ID,
  pgScores,
} from '../builders';

function example(name: string): CaseInput {
  const data: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../docs/examples/assessments', name), 'utf8'),
  );
  const parsed = parseCaseInput(data);
  if (!parsed.ok) {
    throw new Error(`${name} must parse`);
  }
  return parsed.value;
}

const JULY_2024 = new Date('2024-07-01T12:00:00Z');

describe('scoreCase on the example household', () => {
  const score = scoreCase(example('huishouden.json'), { now: JULY_2024 });

  it('matches the published result schema', () => {
    const parsed = CaseScoreSchema.safeParse(score);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('scores every assessment, oldest first', () => {
    expect(score.results.map((entry) => [entry.instrumentId, entry.takenAt])).toEqual([
      ['positieve-gezondheid-volwassenen', '2024-01-15'],
      ['brug-naar-zelfredzaamheid', '2024-01-15'],
      ['positieve-gezondheid-jongeren', '2024-01-20'],
      ['kansencirkel', '2024-01-20'],
      ['positieve-gezondheid-kinderen', '2024-01-20'],
      ['draagkracht-draaglast', '2024-01-22'],
      ['positieve-gezondheid-volwassenen', '2024-06-10'],
    ]);
  });

  it('compares T0 and T1 for the adult', () => {
    expect(score.comparisons).toHaveLength(1);
    const meedoen = score.comparisons[0]?.dimensions.find((entry) => entry.aspect === 'meedoen');
    expect(meedoen).toMatchObject({ t0: 3, t1: 5, delta: 2, change: 'beter' });
  });

  it('uses the confirmed balance where there is one and proposals elsewhere', () => {
    expect(score.persons.map((entry) => entry.balance?.basis)).toEqual([
      'bevestigd',
      'voorstel',
      'voorstel',
    ]);
    expect(score.household.level).toBe('uit-balans');
    expect(score.persons[0]?.proposedFactors.map((factor) => factor.factorId)).toContain(
      'schulden',
    );
  });

  it('warns once that the 2019 thresholds are old', () => {
    expect(score.warnings).toEqual([
      { code: 'income-thresholds-outdated', assessmentId: null, values: { year: 2019 } },
    ]);
  });

  it('raises the expected signals', () => {
    expect(score.signals.map((signal) => `${signal.signalId}:${signal.severity}`)).toEqual([
      'financieel:ernstig',
      'mantelzorgbelasting:matig',
      'netwerk-eenzaamheid:matig',
      'dagelijks-functioneren:matig',
      'wonen:mild',
      'netwerk-eenzaamheid:mild',
      'mentaal:mild',
      'opvoeden-kind:mild',
    ]);
  });
});

describe('scoreCase on single assessments', () => {
  it('the Brug example: EUR 1,200 for one person is income level 2', () => {
    const score = scoreCase(example('brug-naar-zelfredzaamheid.json'), { now: JULY_2024 });
    const result = score.results[0]?.result;
    expect(result?.kind === 'brug-naar-zelfredzaamheid' ? result.income?.level : undefined).toBe(2);
    expect(score.householdId).toBeNull();
    expect(score.persons).toHaveLength(1);
  });

  it('the Kansencirkel example with a safety concern puts veiligheid first', () => {
    const score = scoreCase(example('kansencirkel.json'), { now: JULY_2024 });
    expect(score.signals[0]).toMatchObject({ signalId: 'veiligheid', severity: 'ernstig' });
    expect(score.persons[0]?.balance).toBeNull();
  });

  it('gives no balance and no signals for an assessment with nothing worrying', () => {
    const score = scoreCase(
      { household: null, persons: [], assessments: [assessment(pgScores({}, 6))] },
      { now: NOW },
    );
    expect(score.signals).toEqual([]);
    expect(score.persons).toEqual([{ personId: PERSON_ID, balance: null, proposedFactors: [] }]);
    expect(score.household).toEqual({ level: 'onbekend', persons: [] });
  });
});

describe('scoreCase warnings about household size', () => {
  const brug = (householdSize: number, overrides: Parameters<typeof assessment>[1] = {}) =>
    assessment(
      {
        kind: 'brug-naar-zelfredzaamheid',
        levels: {},
        income: { netMonthly: 1500, householdSize },
      },
      overrides,
    );
  const codes = (score: ReturnType<typeof scoreCase>) =>
    score.warnings.map((warning) => [warning.code, warning.values]);
  const SPRING_2021 = new Date('2021-05-01T12:00:00Z');

  it('warns when the Brug income is for another number of people than the household has', () => {
    const item = brug(3);
    const score = scoreCase(
      {
        household: household(),
        persons: [person(), person('kind', { id: OTHER_PERSON_ID })],
        assessments: [item],
      },
      { now: SPRING_2021 },
    );
    expect(score.warnings).toEqual([
      {
        code: 'household-size-differs',
        assessmentId: item.id,
        values: { householdSize: 3, persons: 2 },
      },
    ]);
  });

  it('does not warn when the numbers match, counts only live persons, and skips loose files', () => {
    const persons = [
      person(),
      person('kind', { id: OTHER_PERSON_ID, deletedAt: '2024-03-02T00:00:00Z' }),
    ];
    expect(
      codes(
        scoreCase(
          { household: household(), persons, assessments: [brug(1)] },
          { now: SPRING_2021 },
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        scoreCase({ household: null, persons: [], assessments: [brug(4)] }, { now: SPRING_2021 }),
      ),
    ).toEqual([]);
  });

  it('only looks at the latest Brug of a person', () => {
    const older = brug(3, { takenAt: '2024-01-01' });
    const newer = brug(1, { takenAt: '2024-02-01' });
    expect(
      codes(
        scoreCase(
          { household: household(), persons: [person()], assessments: [older, newer] },
          { now: SPRING_2021 },
        ),
      ),
    ).toEqual([]);
  });
});

describe('describeInstruments', () => {
  const description = describeInstruments();

  it('lists the six instruments with their dimensions', () => {
    expect(description.instruments.map((entry) => [entry.id, entry.dimensions.length])).toEqual([
      ['positieve-gezondheid-volwassenen', 6],
      ['positieve-gezondheid-jongeren', 6],
      ['positieve-gezondheid-kinderen', 6],
      ['brug-naar-zelfredzaamheid', 8],
      ['draagkracht-draaglast', 3],
      ['kansencirkel', 8],
    ]);
  });

  it('adds thresholds, spheres and the AVE model', () => {
    const json = JSON.parse(JSON.stringify(description)) as {
      instruments: { id: string; spheres?: unknown[]; incomeThresholds?: { year: number } }[];
      ave: { phases: unknown[] };
    };
    expect(
      json.instruments.find((entry) => entry.id === 'draagkracht-draaglast')?.spheres,
    ).toHaveLength(3);
    expect(
      json.instruments.find((entry) => entry.id === 'brug-naar-zelfredzaamheid')?.incomeThresholds
        ?.year,
    ).toBe(2019);
    expect(json.ave.phases).toHaveLength(4);
  });
});
