import { describe, expect, it } from 'vitest';
import {
  compareBalance,
  compareBrug,
  compareKansencirkel,
  comparePg,
  comparisonPair,
  historyByPerson,
  type MemberHistory,
} from '../../../../shared/household/compare';
import { PG_JONGEREN, PG_KINDEREN } from '../../../../shared/instruments/positieve-gezondheid';
import type { Answers } from '../../../../shared/schemas/assessment';
import { assessment, OTHER_PERSON_ID, PERSON_ID, pgScores } from '../builders';

const NOW = new Date(2026, 10, 22, 12, 0, 0);

function history(answers: readonly [string, Answers][]): MemberHistory {
  const records = answers.map(([takenAt, value]) => assessment(value, { takenAt }));
  const found = historyByPerson(records, NOW).get(PERSON_ID);
  if (found === undefined) throw new Error('no history');
  return found;
}

function pair<T extends { readonly assessment: { readonly id: string } }>(list: readonly T[]) {
  const found = comparisonPair(list);
  if (found === undefined) throw new Error('no pair');
  return found;
}

describe('historyByPerson and comparisonPair', () => {
  it('keeps every live measurement per person and instrument, oldest first', () => {
    const t1 = assessment(pgScores({}, 8), { takenAt: '2024-06-01' });
    const t0 = assessment(pgScores({}, 3), { takenAt: '2024-01-01' });
    const deleted = assessment(pgScores({}, 1), {
      takenAt: '2024-03-01',
      deletedAt: '2024-03-02T00:00:00Z',
    });
    const other = assessment(pgScores({}, 5), { personId: OTHER_PERSON_ID });
    const brug = assessment({ kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 4 } });
    const map = historyByPerson([t1, deleted, other, t0, brug], NOW);
    expect(map.get(PERSON_ID)?.pg.map((entry) => entry.assessment.id)).toEqual([t0.id, t1.id]);
    expect(map.get(PERSON_ID)?.brug).toHaveLength(1);
    expect(map.get(OTHER_PERSON_ID)?.pg).toHaveLength(1);
  });

  it.each([
    ['no measurement', 0, undefined, undefined],
    ['one measurement', 1, undefined, undefined],
    ['two: the first is T0', 2, undefined, 0],
    ['three, nothing chosen: the first', 3, undefined, 0],
    ['three, the second chosen', 3, 1, 1],
    ['three, an unknown id: the first', 3, 'unknown', 0],
  ] as const)('%s', (_name, count, chosen, expected) => {
    const list = Array.from({ length: count }, (_, index) => ({
      assessment: { id: `m${String(index)}` },
    }));
    const chosenId = typeof chosen === 'number' ? `m${String(chosen)}` : chosen;
    const result = comparisonPair(list, chosenId);
    if (expected === undefined) {
      expect(result).toBeUndefined();
      return;
    }
    expect(result?.earlier.assessment.id).toBe(`m${String(expected)}`);
    expect(result?.latest.assessment.id).toBe(`m${String(count - 1)}`);
    expect(result?.choices).toHaveLength(count - 1);
  });
});

describe('comparePg', () => {
  it.each([
    // [t0 meedoen, t1 meedoen, reported change]
    [4, 7, 'beter'],
    [7, 4, 'slechter'],
    [5, 5.5, undefined],
    [5, 6, 'beter'],
    [6, 5, 'slechter'],
  ] as const)('meedoen from %d to %d: %s', (from, to, change) => {
    const { pg } = history([
      ['2024-01-01', pgScores({ meedoen: from }, 6)],
      ['2024-05-01', pgScores({ meedoen: to }, 6)],
    ]);
    const { earlier, latest } = pair(pg);
    const difference = comparePg(earlier, latest);
    expect(difference.moved).toEqual(
      change === undefined ? [] : [{ aspect: 'meedoen', dimensionId: 'meedoen', from, to, change }],
    );
    expect(difference.previousValues.meedoen).toBe(from);
    expect(difference.previousValues.zingeving).toBe(6);
  });

  it('compares by aspect across versions and keys the overlay by the latest version', () => {
    const kid = assessment(
      {
        kind: 'positieve-gezondheid',
        scores: Object.fromEntries(PG_KINDEREN.dimensions.map((d) => [d.id, 3])),
      },
      {
        takenAt: '2023-01-01',
        instrumentId: PG_KINDEREN.id,
        instrumentVersion: PG_KINDEREN.version,
      },
    );
    const teen = assessment(
      {
        kind: 'positieve-gezondheid',
        scores: Object.fromEntries(PG_JONGEREN.dimensions.map((d) => [d.id, 8])),
      },
      {
        takenAt: '2025-01-01',
        instrumentId: PG_JONGEREN.id,
        instrumentVersion: PG_JONGEREN.version,
      },
    );
    const pg = historyByPerson([teen, kid], NOW).get(PERSON_ID)?.pg ?? [];
    const { earlier, latest } = pair(pg);
    const difference = comparePg(earlier, latest);
    const teenIds: readonly string[] = PG_JONGEREN.dimensions.map((d) => d.id);
    expect(Object.keys(difference.previousValues).every((id) => teenIds.includes(id))).toBe(true);
    expect(difference.moved.length).toBeGreaterThan(0);
    expect(difference.moved.every((move) => move.change === 'beter' && move.to === 8)).toBe(true);
  });
});

describe('compareBrug', () => {
  it.each([
    [{ schulden: 4 }, { schulden: 3 }, [{ columnId: 'schulden', from: 4, to: 3, change: 'beter' }]],
    [
      { schulden: 2 },
      { schulden: 4 },
      [{ columnId: 'schulden', from: 2, to: 4, change: 'slechter' }],
    ],
    [{ schulden: 2 }, { schulden: 2 }, []],
    // A column filled in only once has not moved.
    [{}, { schulden: 3 }, []],
    [{ schulden: 3 }, {}, []],
  ] as const)('%j -> %j', (from, to, moved) => {
    const { brug } = history([
      ['2024-01-01', { kind: 'brug-naar-zelfredzaamheid', levels: { ...from } }],
      ['2024-05-01', { kind: 'brug-naar-zelfredzaamheid', levels: { ...to } }],
    ]);
    const { earlier, latest } = pair(brug);
    const difference = compareBrug(earlier, latest);
    expect(difference.moved).toEqual(moved);
    expect(difference.previousLevels.schulden ?? null).toBe(
      'schulden' in from ? from.schulden : null,
    );
  });
});

describe('compareBalance', () => {
  const balance = (factors: readonly [string, 1 | 2 | 3][]): Answers => ({
    kind: 'draagkracht-draaglast',
    factors: factors.map(([factorId, weight]) => ({ factorId, weight, duration: 'permanent' })),
  });

  it('gives the conclusion and the sums per sphere at T0 and T1', () => {
    const { balance: list } = history([
      [
        '2024-01-01',
        balance([
          ['schulden', 3],
          ['psychische-klachten', 3],
          ['lichamelijk-gezond', 1],
        ]),
      ],
      [
        '2024-05-01',
        balance([
          ['schulden', 1],
          ['lichamelijk-gezond', 3],
          ['goed-netwerk', 2],
        ]),
      ],
    ]);
    const { earlier, latest } = pair(list);
    const difference = compareBalance(earlier, latest);
    expect(difference.from).not.toBe(difference.to);
    expect(difference.change).toBe('beter');
    expect(difference.overall.from).toEqual({ draagkracht: 1, draaglast: 6, saldo: -5 });
    expect(difference.overall.to).toEqual({ draagkracht: 5, draaglast: 1, saldo: 4 });
    expect(difference.spheres.map((sphere) => sphere.sphereId)).toEqual(['persoonlijk', 'sociaal']);
    expect(difference.spheres[0]).toEqual({
      sphereId: 'persoonlijk',
      from: { draagkracht: 1, draaglast: 6, saldo: -5 },
      to: { draagkracht: 3, draaglast: 1, saldo: 2 },
    });
  });

  it('reports no direction when the conclusion stayed the same', () => {
    const { balance: list } = history([
      ['2024-01-01', balance([['lichamelijk-gezond', 3]])],
      ['2024-05-01', balance([['lichamelijk-gezond', 3]])],
    ]);
    const { earlier, latest } = pair(list);
    const difference = compareBalance(earlier, latest);
    expect(difference.change).toBeNull();
    expect(difference.spheres).toEqual([]);
  });
});

describe('compareKansencirkel', () => {
  it.each([
    [
      { veilig: 'zorg' },
      { veilig: 'gaat-goed' },
      [{ areaId: 'veilig', from: 'zorg', to: 'gaat-goed', change: 'beter' }],
    ],
    [
      { veilig: 'gaat-goed' },
      { veilig: 'aandacht' },
      [{ areaId: 'veilig', from: 'gaat-goed', to: 'aandacht', change: 'slechter' }],
    ],
    [{ veilig: 'aandacht' }, { veilig: 'aandacht' }, []],
    [{}, { veilig: 'aandacht' }, [{ areaId: 'veilig', from: null, to: 'aandacht', change: null }]],
  ] as const)('%j -> %j', (from, to, changed) => {
    const { kansencirkel } = history([
      ['2024-01-01', { kind: 'kansencirkel', areas: { ...from } }],
      ['2024-05-01', { kind: 'kansencirkel', areas: { ...to } }],
    ]);
    const { earlier, latest } = pair(kansencirkel);
    expect(compareKansencirkel(earlier, latest)).toEqual(changed);
  });
});
