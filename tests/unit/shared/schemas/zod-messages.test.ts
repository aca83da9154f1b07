import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KebabIdSchema, numberInRange, VersionSchema } from '../../../../shared/schemas/common';
import {
  fieldIssuesFromZod,
  formatFieldIssue,
  formatProblem,
  parseWith,
  problemParams,
} from '../../../../shared/schemas/zod-messages';

function messages(schema: z.ZodType, data: unknown): string[] {
  const result = parseWith(schema, data);
  return result.ok ? [] : result.issues.map(formatFieldIssue);
}

const Sample = z.strictObject({
  answers: z.strictObject({
    dimensions: z.strictObject({ meedoen: numberInRange(0, 10) }),
  }),
  name: z.string().min(1).max(5),
  count: z.number().int().min(1).max(3),
  list: z.array(z.number()).min(1).max(2),
  status: z.enum(['draft', 'final']),
  level: z.literal([1, 2, 3, 4]),
  id: z.uuid(),
  day: z.iso.date(),
  at: z.iso.datetime({ offset: true }),
  flag: z.boolean(),
  slug: KebabIdSchema,
  version: VersionSchema,
});

const valid = {
  answers: { dimensions: { meedoen: 7 } },
  name: 'Anna',
  count: 2,
  list: [1],
  status: 'draft',
  level: 2,
  id: '00000000-0000-4000-8000-000000000001',
  day: '2024-05-01',
  at: '2024-05-01T10:00:00+02:00',
  flag: true,
  slug: 'mijn-lichaam',
  version: '1.0.0',
};

describe('zod issues as Dutch field messages', () => {
  it('accepts valid input without messages', () => {
    expect(messages(Sample, valid)).toEqual([]);
  });

  it.each([
    [
      { answers: { dimensions: { meedoen: 11 } } },
      'Fout in het bestand: het veld "answers.dimensions.meedoen" moet een getal van 0 tot 10 zijn.',
    ],
    [
      { answers: { dimensions: { meedoen: 'acht' } } },
      'Fout in het bestand: het veld "answers.dimensions.meedoen" moet een getal zijn.',
    ],
    [
      { answers: { dimensions: {} } },
      'Fout in het bestand: het veld "answers.dimensions.meedoen" ontbreekt.',
    ],
    [{ name: '' }, 'Fout in het bestand: het veld "name" mag niet leeg zijn.'],
    [
      { name: 'Annabel' },
      'Fout in het bestand: het veld "name" mag niet meer dan 5 tekens hebben.',
    ],
    [{ name: 4 }, 'Fout in het bestand: het veld "name" moet een tekst zijn.'],
    [{ count: 1.5 }, 'Fout in het bestand: het veld "count" moet een heel getal zijn.'],
    [{ count: 0 }, 'Fout in het bestand: het veld "count" moet 1 of meer zijn.'],
    [{ count: 4 }, 'Fout in het bestand: het veld "count" mag niet meer dan 3 zijn.'],
    [{ list: [] }, 'Fout in het bestand: het veld "list" moet minstens één onderdeel hebben.'],
    [
      { list: [1, 2, 3] },
      'Fout in het bestand: het veld "list" mag niet meer dan 2 onderdelen hebben.',
    ],
    [{ list: 'x' }, 'Fout in het bestand: het veld "list" moet een lijst zijn, tussen [ en ].'],
    [
      { status: 'klaar' },
      'Fout in het bestand: het veld "status" moet een van deze waarden zijn: draft, final.',
    ],
    [
      { level: 5 },
      'Fout in het bestand: het veld "level" moet een van deze waarden zijn: 1, 2, 3, 4.',
    ],
    [{ id: 'abc' }, 'Fout in het bestand: het veld "id" moet een geldige id zijn (een UUID).'],
    [
      { day: '2024-13-01' },
      'Fout in het bestand: het veld "day" moet een datum zijn, zoals 2024-05-01.',
    ],
    [
      { at: '2024-05-01' },
      'Fout in het bestand: het veld "at" moet een datum met tijd zijn, zoals 2024-05-01T10:00:00Z.',
    ],
    [{ flag: 'ja' }, 'Fout in het bestand: het veld "flag" moet true (ja) of false (nee) zijn.'],
    [
      { slug: 'Mijn Lichaam' },
      'Fout in het bestand: het veld "slug" mag alleen kleine letters, cijfers en streepjes hebben.',
    ],
    [
      { version: 'v1' },
      'Fout in het bestand: het veld "version" moet een versie zijn, zoals 1.0.0.',
    ],
    [
      { answers: { dimensions: { meedoen: 5, lichaam: 3 } } },
      'Fout in het bestand: het veld "answers.dimensions.lichaam" kennen we niet. Haal dit veld weg of kijk of het goed gespeld is.',
    ],
    [
      { answers: [] },
      'Fout in het bestand: het veld "answers" moet een groep velden zijn, tussen { en }.',
    ],
  ])('names the field for %j', (patch, expected) => {
    expect(messages(Sample, { ...valid, ...patch })).toEqual([expected]);
  });

  it('gives only the problem for callers that write their own sentence', () => {
    expect(
      formatProblem({
        path: 'x',
        problem: 'schema.problem.numberRange',
        values: { min: 1, max: 4 },
      }),
    ).toBe('moet een getal van 1 tot 4 zijn');
  });

  it('reports a wrong root value without a path', () => {
    expect(messages(Sample, null)).toEqual([
      'Fout in het bestand: moet een groep velden zijn, tussen { en }.',
    ]);
  });

  it('reports every broken field once, in order', () => {
    const result = parseWith(Sample, { ...valid, name: '', count: 9, extra: 1 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'name',
      'count',
      'extra',
    ]);
  });

  it('keeps only the first issue of a field', () => {
    const Twice = z.strictObject({
      value: z
        .number()
        .refine((n) => n > 0, { params: problemParams('schema.problem.tooSmall', { minimum: 1 }) })
        .refine((n) => n > 1, { params: problemParams('schema.problem.tooSmall', { minimum: 2 }) }),
    });
    expect(messages(Twice, { value: 0 })).toEqual([
      'Fout in het bestand: het veld "value" moet 1 of meer zijn.',
    ]);
  });

  it('explains a discriminated union by its discriminator', () => {
    const Union = z.strictObject({
      answers: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a') }),
        z.strictObject({ kind: z.literal('b'), value: z.number() }),
      ]),
    });
    expect(messages(Union, { answers: { kind: 'c' } })).toEqual([
      'Fout in het bestand: het veld "answers.kind" moet een van deze waarden zijn: a, b.',
    ]);
    expect(messages(Union, { answers: {} })).toEqual([
      'Fout in het bestand: het veld "answers.kind" ontbreekt.',
    ]);
    expect(messages(Union, { answers: { kind: 'b', value: 'x' } })).toEqual([
      'Fout in het bestand: het veld "answers.value" moet een getal zijn.',
    ]);
  });

  it('reports the closest branch of a plain union', () => {
    const Union = z.strictObject({
      value: z.union([
        z.strictObject({ a: z.number() }),
        z.strictObject({ b: z.string(), c: z.string() }),
      ]),
    });
    expect(messages(Union, { value: { a: 'x' } })).toEqual([
      'Fout in het bestand: het veld "value.a" moet een getal zijn.',
    ]);
  });

  it('falls back to a general sentence for unknown custom issues', () => {
    const Custom = z.strictObject({ value: z.number().refine((n) => n !== 3) });
    expect(messages(Custom, { value: 3 })).toEqual([
      'Fout in het bestand: het veld "value" klopt niet.',
    ]);
  });

  it('cannot tell a missing field without reportInput and then names the type', () => {
    const parsed = z.strictObject({ value: z.number() }).safeParse({});
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : fieldIssuesFromZod(parsed.error.issues, ['root']);
    expect(issues).toEqual([
      { path: 'root.value', problem: 'schema.problem.expectedNumber', values: {} },
    ]);
  });
});
