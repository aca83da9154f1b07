import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KebabIdSchema, numberInRange, VersionSchema } from '../../../../shared/schemas/common';
import {
  fieldIssue,
  fieldIssuesFromZod,
  formatFieldIssue,
  formatProblem,
  parseAndCheck,
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
      'Het veld "answers.dimensions.meedoen" moet een getal van 0 tot 10 zijn.',
    ],
    [
      { answers: { dimensions: { meedoen: 'acht' } } },
      'Het veld "answers.dimensions.meedoen" moet een getal zijn.',
    ],
    [{ answers: { dimensions: {} } }, 'Het veld "answers.dimensions.meedoen" ontbreekt.'],
    [{ name: '' }, 'Het veld "name" mag niet leeg zijn.'],
    [{ name: 'Annabel' }, 'Het veld "name" mag niet meer dan 5 tekens hebben.'],
    [{ name: 4 }, 'Het veld "name" moet een tekst zijn.'],
    [{ count: 1.5 }, 'Het veld "count" moet een heel getal zijn.'],
    [{ count: 0 }, 'Het veld "count" moet 1 of meer zijn.'],
    [{ count: 4 }, 'Het veld "count" mag niet meer dan 3 zijn.'],
    [{ list: [] }, 'Het veld "list" moet minstens één onderdeel hebben.'],
    [{ list: [1, 2, 3] }, 'Het veld "list" mag niet meer dan 2 onderdelen hebben.'],
    [{ list: 'x' }, 'Het veld "list" moet een lijst zijn, tussen [ en ].'],
    [{ status: 'klaar' }, 'Het veld "status" moet een van deze waarden zijn: draft, final.'],
    [{ level: 5 }, 'Het veld "level" moet een van deze waarden zijn: 1, 2, 3, 4.'],
    [{ id: 'abc' }, 'Het veld "id" moet een geldige id zijn (een UUID).'],
    [{ day: '2024-13-01' }, 'Het veld "day" moet een datum zijn, zoals 2024-05-01.'],
    [
      { at: '2024-05-01' },
      'Het veld "at" moet een datum met tijd zijn, zoals 2024-05-01T10:00:00Z.',
    ],
    [{ flag: 'ja' }, 'Het veld "flag" moet true (ja) of false (nee) zijn.'],
    [
      { slug: 'Mijn Lichaam' },
      'Het veld "slug" mag alleen kleine letters, cijfers en streepjes hebben.',
    ],
    [{ version: 'v1' }, 'Het veld "version" moet een versie zijn, zoals 1.0.0.'],
    [
      { answers: { dimensions: { meedoen: 5, lichaam: 3 } } },
      'Het veld "answers.dimensions.lichaam" kennen we niet. Haal dit veld weg of kijk of het goed gespeld is.',
    ],
    [{ answers: [] }, 'Het veld "answers" moet een groep velden zijn, tussen { en }.'],
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

  it('names the file itself as the subject of a root-level problem', () => {
    expect(messages(Sample, null)).toEqual([
      'Het bestand moet een JSON-object zijn: het begint met { en eindigt met }.',
    ]);
    expect(messages(Sample, [])).toEqual([
      'Het bestand moet een JSON-object zijn: het begint met { en eindigt met }.',
    ]);
    expect(messages(z.array(z.number()), {})).toEqual([
      'Het bestand moet een lijst zijn, tussen [ en ].',
    ]);
    expect(messages(z.array(z.number()).min(1), [])).toEqual([
      'Het bestand moet minstens één onderdeel hebben.',
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
    expect(messages(Twice, { value: 0 })).toEqual(['Het veld "value" moet 1 of meer zijn.']);
  });

  it('explains a discriminated union by its discriminator', () => {
    const Union = z.strictObject({
      answers: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a') }),
        z.strictObject({ kind: z.literal('b'), value: z.number() }),
      ]),
    });
    expect(messages(Union, { answers: { kind: 'c' } })).toEqual([
      'Het veld "answers.kind" moet een van deze waarden zijn: a, b.',
    ]);
    expect(messages(Union, { answers: {} })).toEqual(['Het veld "answers.kind" ontbreekt.']);
    expect(messages(Union, { answers: { kind: 'b', value: 'x' } })).toEqual([
      'Het veld "answers.value" moet een getal zijn.',
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
      'Het veld "value.a" moet een getal zijn.',
    ]);
  });

  it('falls back to a general sentence for unknown custom issues', () => {
    const Custom = z.strictObject({ value: z.number().refine((n) => n !== 3) });
    expect(messages(Custom, { value: 3 })).toEqual(['Het veld "value" klopt niet.']);
  });

  it('counts list positions from 1 in the message and keeps the path from 0', () => {
    const Rows = z.strictObject({
      rows: z.array(z.strictObject({ cells: z.array(z.number()) })),
    });
    const result = parseWith(Rows, { rows: [{ cells: [1] }, { cells: [2, 'drie'] }] });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'rows.1.cells.1',
        segments: ['rows', 1, 'cells', 1],
        problem: 'schema.problem.expectedNumber',
        values: {},
      },
    ]);
    expect(result.ok ? [] : result.issues.map(formatFieldIssue)).toEqual([
      'Het veld "rows[2].cells[2]" moet een getal zijn.',
    ]);
    expect(messages(z.array(z.strictObject({ a: z.number() })), [{ a: 'x' }])).toEqual([
      'Het veld "[1].a" moet een getal zijn.',
    ]);
  });

  it('a base path with a list position counts from 1 as well', () => {
    const result = parseWith(z.strictObject({ a: z.number() }), { a: 'x' }, ['assessments', 2]);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['assessments.2.a']);
    expect(result.ok ? [] : result.issues.map(formatFieldIssue)).toEqual([
      'Het veld "assessments[3].a" moet een getal zijn.',
    ]);
  });

  it('never renumbers a field whose name is a number', () => {
    const Values = z.strictObject({ values: z.record(z.string(), z.number()) });
    expect(messages(Values, { values: { '12': 'x' } })).toEqual([
      'Het veld "values.12" moet een getal zijn.',
    ]);
    expect(
      formatFieldIssue(fieldIssue(['items', 0, 'values', '12'], 'schema.problem.invalid')),
    ).toBe('Het veld "items[1].values.12" klopt niet.');
    expect(fieldIssue(['items', 0, 'id'], 'schema.problem.duplicate')).toEqual({
      path: 'items.0.id',
      segments: ['items', 0, 'id'],
      problem: 'schema.problem.duplicate',
      values: {},
    });
    expect(fieldIssue('items.id', 'schema.problem.duplicate')).toEqual({
      path: 'items.id',
      problem: 'schema.problem.duplicate',
      values: {},
    });
  });

  it('parseAndCheck checks the fit only once the shape is right', () => {
    const Pair = z.strictObject({ low: z.number(), high: z.number() });
    const checked: unknown[] = [];
    const check = (value: z.output<typeof Pair>) => {
      checked.push(value);
      return value.low < value.high ? [] : [fieldIssue('low', 'schema.problem.scaleOrder')];
    };
    expect(parseAndCheck(Pair, { low: 'x', high: 2 }, check)).toMatchObject({ ok: false });
    expect(checked).toEqual([]);
    expect(parseAndCheck(Pair, { low: 3, high: 2 }, check)).toEqual({
      ok: false,
      issues: [{ path: 'low', problem: 'schema.problem.scaleOrder', values: {} }],
    });
    expect(parseAndCheck(Pair, { low: 1, high: 2 }, check)).toEqual({
      ok: true,
      value: { low: 1, high: 2 },
    });
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
