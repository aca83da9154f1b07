import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCaseloadIndex,
  normalizeSearchText,
  searchCaseload,
  type CaseloadEntry,
} from '../../../../shared/caseload/caseload-index';

let next = 0;
function entry(label: string, persons: [string, string?][], address?: string): CaseloadEntry {
  next += 1;
  return {
    householdId: `h${String(next).padStart(4, '0')}`,
    label,
    ...(address === undefined ? {} : { address }),
    updatedAt: '2024-05-01T10:00:00Z',
    persons: persons.map(([displayName, birthDate], index) => ({
      personId: `p${String(next)}-${String(index)}`,
      displayName,
      role: 'volwassene' as const,
      ...(birthDate === undefined ? {} : { birthDate }),
    })),
  };
}

const celik = entry(
  'Gezin Çelik',
  [
    ['Ayşe Çelik', '1980-03-12'],
    ['Emre Çelik', '2016-09-30'],
  ],
  'Kerkstraat 12, Maassluis',
);
const vries = entry(
  'Gezin de Vries',
  [['Zoë de Vries', '2008-01-15']],
  'Molenweg 3, Wijk bij Duurstede',
);
const jansen = entry('Gezin Jansen-Zoë', [['Henk Jansen', '1950-12-03']]);
const strasse = entry('Familie Groß', [['Jürgen Groß'], ['Łukasz Øster']]);
const index = buildCaseloadIndex([vries, jansen, celik, strasse]);

function ids(query: string): string[] {
  return searchCaseload(index, query).map((hit) => hit.entry.householdId);
}

describe('normalizeSearchText', () => {
  it.each([
    ['Çelik', 'celik'],
    ['Ünal-Öztürk', 'unal ozturk'],
    ['ZOË', 'zoe'],
    ['Groß', 'gross'],
    ['Łukasz Øster', 'lukasz oster'],
    ["in 't Veld", 'in t veld'],
    ['  Nguyễn   Thảo ', 'nguyen thao'],
  ])('%j -> %j', (input, output) => {
    expect(normalizeSearchText(input)).toBe(output);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(normalizeSearchText(normalizeSearchText(text))).toBe(normalizeSearchText(text));
      }),
    );
  });
});

describe('searchCaseload', () => {
  it('sorts entries by label in Dutch order', () => {
    expect(index.entries.map((e) => e.label)).toEqual([
      'Familie Groß',
      'Gezin Çelik',
      'Gezin de Vries',
      'Gezin Jansen-Zoë',
    ]);
  });

  it('ignores case and diacritics both ways', () => {
    expect(ids('celik')).toEqual([celik.householdId]);
    expect(ids('ÇELİK'.toLowerCase())).toEqual([celik.householdId]);
    expect(ids('ayse')).toEqual([celik.householdId]);
    expect(ids('gross')).toEqual([strasse.householdId]);
    expect(ids('lukasz')).toEqual([strasse.householdId]);
  });

  it('finds birth dates however they are typed', () => {
    for (const query of [
      '1980-03-12',
      '12-03-1980',
      '12-3-1980',
      '12/3/1980',
      '12.03.1980',
      '12-03',
      '12-0',
      '12-3',
    ]) {
      expect(ids(query), query).toEqual([celik.householdId]);
    }
    expect(ids('1950')).toEqual([jansen.householdId]);
  });

  it('finds address parts and combines words across fields', () => {
    expect(ids('kerkstr')).toEqual([celik.householdId]);
    expect(ids('wijk bij duurstede')).toEqual([vries.householdId]);
    expect(ids('emre maassluis')).toEqual([celik.householdId]);
    expect(ids('emre molenweg')).toEqual([]);
  });

  it('ranks word starts above matches inside a word and names the matching person', () => {
    const hits = searchCaseload(index, 'zoe');
    expect(hits.map((hit) => hit.entry.householdId)).toEqual([
      vries.householdId,
      jansen.householdId,
    ]);
    expect(hits[0]?.personId).toBe(vries.persons[0]?.personId);
    expect(hits[1]?.matchedFields).toEqual(['label']);
    expect(searchCaseload(index, 'ries')[0]?.score).toBeLessThan(
      searchCaseload(index, 'vries')[0]?.score ?? 0,
    );
  });

  it('gives nothing for an empty query and respects the limit', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  - ')).toEqual([]);
    expect(searchCaseload(index, 'gezin', { limit: 2 })).toHaveLength(2);
  });

  it("always finds a household by any of its members' names (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 5 }),
        (names) => {
          const entries = names.map((name) => entry(`Gezin ${name}`, [[name]]));
          const built = buildCaseloadIndex(entries);
          for (const [i, name] of names.entries()) {
            if (normalizeSearchText(name) === '') continue;
            const hits = searchCaseload(built, name, { limit: 1000 }).map(
              (hit) => hit.entry.householdId,
            );
            expect(hits).toContain(entries[i]?.householdId);
          }
        },
      ),
    );
  });
});
