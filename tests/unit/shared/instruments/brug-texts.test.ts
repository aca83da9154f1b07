import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRUG } from '../../../../shared/instruments/brug';
import { applyBrugTextSet, parseBrugTextSet } from '../../../../shared/instruments/brug-texts';

const EXAMPLE: unknown = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../../docs/examples/brug-teksten/voorbeeld-brug-teksten.json'),
    'utf8',
  ),
);

function issuesOf(data: unknown): string[] {
  const result = parseBrugTextSet(data);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.problem}`);
}

describe('importing Brug texts', () => {
  it('replaces only the imported columns and keeps ids and criteria', () => {
    const parsed = parseBrugTextSet(EXAMPLE);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) {
      return;
    }
    const applied = applyBrugTextSet(BRUG, parsed.value);
    const spaargeld = applied.dimensions.find((column) => column.id === 'spaargeld');
    expect(spaargeld?.label).toBe('Geld opzij');
    expect(spaargeld?.levels[3]?.statement).toBe('Ik heb geen geld opzij.');
    expect(applied.dimensions.find((column) => column.id === 'wonen')).toEqual(BRUG.dimensions[0]);
    expect(applied.licence).toBe(parsed.value.licence);
    expect(BRUG.dimensions[5].label).toBe('Spaargeld');
  });

  it('sorts imported levels from 1 to 4', () => {
    const example = EXAMPLE as { columns: { levels: unknown[] }[] };
    const reversed = {
      ...example,
      columns: example.columns.map((column) => ({
        ...column,
        levels: [...column.levels].reverse(),
      })),
    };
    const parsed = parseBrugTextSet(reversed);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      const applied = applyBrugTextSet(BRUG, parsed.value);
      expect(applied.dimensions[5]?.levels.map((level) => level.level)).toEqual([1, 2, 3, 4]);
    }
  });

  it.each([
    [{ instrumentId: 'positieve-gezondheid-volwassenen' }, ['instrumentId:schema.problem.notBrug']],
    [{ instrumentId: 'brug' }, ['instrumentId:schema.problem.unknownInstrument']],
    [{ instrumentVersion: '2.0.0' }, ['instrumentVersion:schema.problem.unknownVersion']],
    [{ columns: [] }, ['columns:schema.problem.listEmpty']],
    [
      {
        columns: [
          {
            columnId: 'schulden',
            levels: [1, 1, 3, 4].map((level) => ({ level, statement: 'Tekst.' })),
          },
          {
            columnId: 'schulden',
            levels: [1, 2, 3, 4].map((level) => ({ level, statement: 'Tekst.' })),
          },
        ],
      },
      [
        'columns.0.levels:schema.problem.levelsIncomplete',
        'columns.1.columnId:schema.problem.duplicate',
      ],
    ],
  ])('rejects %j', (patch, expected) => {
    expect(issuesOf({ ...(EXAMPLE as object), ...patch })).toEqual(expected);
  });
});
