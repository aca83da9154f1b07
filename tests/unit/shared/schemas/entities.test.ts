import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema, type Answers } from '../../../../shared/schemas/assessment';
import { CaseFileSchema } from '../../../../shared/schemas/case-file';
import { HouseholdSchema } from '../../../../shared/schemas/household';
import { PersonSchema } from '../../../../shared/schemas/person';
import { parseWith } from '../../../../shared/schemas/zod-messages';
import { assessment, household, person, pgScores } from '../builders';

function paths(result: ReturnType<typeof parseWith>): string[] {
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.problem}`);
}

describe('Household and Person', () => {
  it('accept sync-ready records', () => {
    expect(HouseholdSchema.safeParse(household()).success).toBe(true);
    expect(PersonSchema.safeParse(person('kind', { birthDate: '2014-02-03' })).success).toBe(true);
    expect(
      PersonSchema.safeParse(person('jongere', { deletedAt: '2024-03-02T00:00:00Z' })).success,
    ).toBe(true);
  });

  it.each([
    [{ rev: 0 }, 'rev:schema.problem.tooSmall'],
    [{ rev: 1.5 }, 'rev:schema.problem.expectedInteger'],
    [{ id: 'huishouden-1' }, 'id:schema.problem.id'],
    [{ updatedAt: '2024-02-01T00:00:00Z' }, 'updatedAt:schema.problem.beforeCreatedAt'],
    [{ deletedAt: '2024-02-01T00:00:00Z' }, 'deletedAt:schema.problem.beforeCreatedAt'],
    [{ label: '' }, 'label:schema.problem.textEmpty'],
  ])('rejects a household with %j', (patch, expected) => {
    expect(paths(parseWith(HouseholdSchema, { ...household(), ...patch }))).toEqual([expected]);
  });

  it.each([
    [{ role: 'ouder' }, 'role:schema.problem.oneOf'],
    [{ birthDate: '03-02-2014' }, 'birthDate:schema.problem.date'],
    [{ householdId: undefined }, 'householdId:schema.problem.required'],
  ])('rejects a person with %j', (patch, expected) => {
    expect(paths(parseWith(PersonSchema, { ...person(), ...patch }))).toEqual([expected]);
  });
});

describe('Assessment', () => {
  it('accepts each kind of answers', () => {
    const answers: Answers[] = [
      pgScores(),
      {
        kind: 'positieve-gezondheid',
        items: { itemSetId: 'set', itemSetVersion: '1', values: { a: 2 } },
      },
      {
        kind: 'brug-naar-zelfredzaamheid',
        levels: { wonen: 1, inkomen: 4 },
        income: { netMonthly: 0, householdSize: 2 },
        housing: { temporary: true },
      },
      {
        kind: 'draagkracht-draaglast',
        factors: [{ factorId: 'schulden', weight: 3, duration: 'tijdelijk' }],
        lifeEvents: [{ eventId: 'scheiding', date: '2024-01-01' }],
      },
      { kind: 'kansencirkel', areas: { veilig: 'zorg', actief: 'gaat-goed' } },
    ];
    for (const item of answers) {
      expect(AssessmentSchema.safeParse(assessment(item)).success, item.kind).toBe(true);
    }
  });

  it.each([
    [{ status: 'klaar' }, 'status:schema.problem.oneOf'],
    [{ takenAt: '2024-3-1' }, 'takenAt:schema.problem.date'],
    [{ instrumentVersion: '1' }, 'instrumentVersion:schema.problem.version'],
    [{ instrumentId: 'Positieve Gezondheid' }, 'instrumentId:schema.problem.kebabId'],
    [{ safetyConcern: 'ja' }, 'safetyConcern:schema.problem.expectedBoolean'],
    [{ answers: { kind: 'spinnenweb' } }, 'answers.kind:schema.problem.oneOf'],
    [
      { answers: { kind: 'positieve-gezondheid', scores: { meedoen: 10.5 } } },
      'answers.scores.meedoen:schema.problem.numberRange',
    ],
    [
      { answers: { kind: 'positieve-gezondheid', scores: { meedoen: -1 } } },
      'answers.scores.meedoen:schema.problem.numberRange',
    ],
    [{ answers: { kind: 'positieve-gezondheid' } }, 'answers.scores:schema.problem.scoresOrItems'],
    [
      {
        answers: {
          kind: 'positieve-gezondheid',
          scores: {},
          items: { itemSetId: 'set', itemSetVersion: '1', values: {} },
        },
      },
      'answers.items:schema.problem.scoresOrItems',
    ],
    [
      { answers: { kind: 'positieve-gezondheid', scores: {}, focus: ['a', 'b', 'c', 'd'] } },
      'answers.focus:schema.problem.listTooLong',
    ],
    [
      { answers: { kind: 'brug-naar-zelfredzaamheid', levels: { schulden: 5 } } },
      'answers.levels.schulden:schema.problem.oneOf',
    ],
    [
      { answers: { kind: 'brug-naar-zelfredzaamheid', levels: { geluk: 1 } } },
      'answers.levels.geluk:schema.problem.unknownField',
    ],
    [
      {
        answers: {
          kind: 'brug-naar-zelfredzaamheid',
          levels: {},
          income: { netMonthly: -5, householdSize: 1 },
        },
      },
      'answers.income.netMonthly:schema.problem.tooSmall',
    ],
    [
      {
        answers: {
          kind: 'brug-naar-zelfredzaamheid',
          levels: {},
          income: { netMonthly: 500, householdSize: 0 },
        },
      },
      'answers.income.householdSize:schema.problem.tooSmall',
    ],
    [
      {
        answers: {
          kind: 'draagkracht-draaglast',
          factors: [{ factorId: 'schulden', weight: 4, duration: 'tijdelijk' }],
        },
      },
      'answers.factors.0.weight:schema.problem.oneOf',
    ],
    [
      {
        answers: {
          kind: 'draagkracht-draaglast',
          factors: [{ factorId: 'schulden', weight: 2, duration: 'altijd' }],
        },
      },
      'answers.factors.0.duration:schema.problem.oneOf',
    ],
    [
      { answers: { kind: 'kansencirkel', areas: { veilig: 'slecht' } } },
      'answers.areas.veilig:schema.problem.oneOf',
    ],
  ])('rejects %j', (patch, expected) => {
    expect(paths(parseWith(AssessmentSchema, { ...assessment(pgScores()), ...patch }))).toEqual([
      expected,
    ]);
  });
});

describe('example files in docs/examples/assessments', () => {
  const folder = join(import.meta.dirname, '../../../../docs/examples/assessments');
  const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

  it('has examples of every kind and a household file', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files).toContain('huishouden.json');
  });

  it.each(files)('%s matches the schema', (name) => {
    const data: unknown = JSON.parse(readFileSync(join(folder, name), 'utf8'));
    const isHousehold = typeof data === 'object' && data !== null && 'household' in data;
    const result = parseWith(isHousehold ? CaseFileSchema : AssessmentSchema, data);
    expect(paths(result)).toEqual([]);
  });
});
