import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseItemSet, type ItemSet } from '../../../../shared/instruments/item-set';
import {
  parseAssessment,
  parseCaseInput,
  validateAssessment,
} from '../../../../shared/instruments/validate';
import type { Answers } from '../../../../shared/schemas/assessment';
import { formatFieldIssue } from '../../../../shared/schemas/zod-messages';
import {
  assessment,
  household,
  HOUSEHOLD_ID,
  OTHER_PERSON_ID,
  person,
  PERSON_ID,
  pgScores,
} from '../builders';

const itemSet = ((): ItemSet => {
  const parsed = parseItemSet(
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../../../../docs/examples/item-sets/voorbeeld-items.json'),
        'utf8',
      ),
    ),
  );
  if (!parsed.ok) {
    throw new Error('example item set must parse');
  }
  return parsed.value;
})();

const issues = (answers: Answers, overrides: Parameters<typeof assessment>[1] = {}) =>
  validateAssessment(assessment(answers, overrides), { itemSets: [itemSet] }).map(
    (issue) => `${issue.path}:${issue.problem}`,
  );

describe('validateAssessment', () => {
  it('accepts answers that fit their instrument', () => {
    expect(issues(pgScores({}, 5))).toEqual([]);
    expect(
      issues({
        kind: 'positieve-gezondheid',
        items: { itemSetId: 'voorbeeld-items', itemSetVersion: '1', values: { 'lichaam-a': 3 } },
      }),
    ).toEqual([]);
  });

  it.each([
    [pgScores(), { instrumentId: 'spinnenweb' }, ['instrumentId:schema.problem.unknownInstrument']],
    [
      pgScores(),
      { instrumentVersion: '2.0.0' },
      ['instrumentVersion:schema.problem.unknownVersion'],
    ],
    [pgScores(), { instrumentId: 'kansencirkel' }, ['answers.kind:schema.problem.kindMismatch']],
    [
      pgScores({ 'mijn-lichaam': 5 }),
      {},
      ['answers.scores.mijn-lichaam:schema.problem.notInInstrument'],
    ],
    [
      { kind: 'positieve-gezondheid', scores: {}, focus: ['meedoen', 'meedoen', 'geluk'] },
      {},
      [
        'answers.focus.1:schema.problem.duplicate',
        'answers.focus.2:schema.problem.notInInstrument',
      ],
    ],
    [
      {
        kind: 'positieve-gezondheid',
        items: { itemSetId: 'ander', itemSetVersion: '1', values: {} },
      },
      {},
      ['answers.items.itemSetId:schema.problem.itemSetMissing'],
    ],
    [
      {
        kind: 'positieve-gezondheid',
        items: { itemSetId: 'voorbeeld-items', itemSetVersion: '1', values: {} },
      },
      { instrumentId: 'positieve-gezondheid-jongeren' },
      ['answers.items.itemSetId:schema.problem.itemSetOtherInstrument'],
    ],
    [
      {
        kind: 'positieve-gezondheid',
        items: { itemSetId: 'voorbeeld-items', itemSetVersion: '1', values: { 'lichaam-a': 9 } },
      },
      {},
      ['answers.items.values.lichaam-a:schema.problem.numberRange'],
    ],
    [
      {
        kind: 'draagkracht-draaglast',
        factors: [
          { factorId: 'schulden', weight: 2, duration: 'tijdelijk', side: 'draagkracht' },
          { factorId: 'werk', weight: 2, duration: 'tijdelijk', sphere: 'sociaal' },
          { factorId: 'schulden', weight: 1, duration: 'tijdelijk' },
          { factorId: 'eigen-factor', weight: 1, duration: 'tijdelijk', label: 'Eigen' },
        ],
        lifeEvents: [{ eventId: 'loterij' }],
      },
      {},
      [
        'answers.factors.0.side:schema.problem.catalogueMismatch',
        'answers.factors.1.sphere:schema.problem.catalogueMismatch',
        'answers.factors.2.factorId:schema.problem.duplicate',
        'answers.factors.3.factorId:schema.problem.customFactorIncomplete',
        'answers.lifeEvents.0.eventId:schema.problem.notInInstrument',
      ],
    ],
  ] as const)('%#: %j with %j', (answers, overrides, expected) => {
    expect(issues(answers as Answers, overrides)).toEqual(expected);
  });

  it('says in Dutch what does not fit', () => {
    const [issue] = validateAssessment(assessment(pgScores({ lichaam: 5 })));
    expect(issue === undefined ? '' : formatFieldIssue(issue)).toBe(
      'Het veld "answers.scores.lichaam" hoort niet bij dit instrument.',
    );
    const [mismatch] = validateAssessment(assessment(pgScores(), { instrumentId: 'kansencirkel' }));
    expect(mismatch === undefined ? '' : formatFieldIssue(mismatch)).toBe(
      'Het veld "answers.kind" past niet bij het instrument. Hier hoort "kansencirkel".',
    );
  });
});

describe('parseAssessment and parseCaseInput', () => {
  it('reports shape problems before fit problems', () => {
    const result = parseAssessment({ ...assessment(pgScores({ lichaam: 5 })), rev: 0 });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['rev']);
  });

  it('reads a file without a household key as one assessment', () => {
    const single = assessment(pgScores());
    const result = parseCaseInput(single);
    expect(result).toEqual({
      ok: true,
      value: { household: null, persons: [], assessments: [single] },
    });
  });

  it('reads a household file and checks that everything belongs together', () => {
    const ok = parseCaseInput({
      household: household(),
      persons: [person()],
      assessments: [assessment(pgScores())],
    });
    expect(ok.ok).toBe(true);

    const other = '3e0c9d85-6f40-4b12-8d5e-4f6a8b0c2d3e';
    const broken = parseCaseInput({
      household: household(),
      persons: [person(), person('kind', { householdId: other })],
      assessments: [
        assessment(pgScores(), { personId: OTHER_PERSON_ID }),
        assessment(pgScores({ lichaam: 1 }), { householdId: other }),
      ],
    });
    expect(broken.ok ? [] : broken.issues.map((issue) => `${issue.path}:${issue.problem}`)).toEqual(
      [
        'persons.1.id:schema.problem.duplicate',
        'persons.1.householdId:schema.problem.otherHousehold',
        'assessments.0.personId:schema.problem.unknownPerson',
        'assessments.1.householdId:schema.problem.otherHousehold',
        'assessments.1.answers.scores.lichaam:schema.problem.notInInstrument',
      ],
    );
    expect(HOUSEHOLD_ID).not.toBe(other);
    expect(PERSON_ID).not.toBe(OTHER_PERSON_ID);
  });

  it('names the field inside the household file', () => {
    const result = parseCaseInput({
      household: household(),
      persons: [person()],
      assessments: [{ ...assessment(pgScores()), status: 'klaar' }],
    });
    expect(result.ok ? [] : result.issues.map(formatFieldIssue)).toEqual([
      'Het veld "assessments[1].status" moet een van deze waarden zijn: draft, final.',
    ]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'assessments.0.status',
    ]);
  });

  it('counts list positions from 1 in fit problems too, and keeps item ids as written', () => {
    const numbered: ItemSet = {
      ...itemSet,
      itemSetId: 'genummerd',
      items: itemSet.items.map((item, index) => ({ ...item, id: String(index + 1) })),
    };
    const result = parseCaseInput(
      {
        household: household(),
        persons: [person()],
        assessments: [
          assessment(pgScores()),
          assessment(
            {
              kind: 'positieve-gezondheid',
              items: { itemSetId: 'genummerd', itemSetVersion: '1', values: { '2': 99 } },
              focus: ['meedoen', 'meedoen'],
            },
            { personId: OTHER_PERSON_ID },
          ),
        ],
      },
      { itemSets: [numbered] },
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'assessments.1.personId',
      'assessments.1.answers.focus.1',
      'assessments.1.answers.items.values.2',
    ]);
    expect(result.ok ? [] : result.issues.map(formatFieldIssue)).toEqual([
      'Het veld "assessments[2].personId" verwijst naar een persoon die niet in het bestand staat.',
      'Het veld "assessments[2].answers.focus[2]" komt twee keer voor.',
      expect.stringMatching(
        /^Het veld "assessments\[2\]\.answers\.items\.values\.2" moet een getal van/,
      ),
    ]);
  });
});
