import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageInFullYears,
  choosePgDefinition,
  type PgChoiceBasis,
} from '../../../../shared/instruments/pg-choice';
import type { PersonRole } from '../../../../shared/schemas/person';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('ageInFullYears', () => {
  it.each([
    ['birthday today', '2008-11-22', 18],
    ['birthday tomorrow', '2008-11-23', 17],
    ['birthday yesterday', '2008-11-21', 18],
    ['later month', '2008-12-01', 17],
    ['earlier month', '2008-01-31', 18],
    ['born today', '2026-11-22', 0],
    ['missing', undefined, null],
    ['malformed', '22-11-2008', null],
  ] as const)('%s', (_name, birthDate, expected) => {
    expect(ageInFullYears(birthDate, NOW)).toBe(expected);
  });

  it('reads the UTC calendar date of now', () => {
    // 23:30 UTC on the day before the birthday is still the day before.
    expect(ageInFullYears('2008-11-22', new Date('2026-11-21T23:30:00Z'))).toBe(17);
    expect(ageInFullYears('2008-11-22', new Date('2026-11-22T00:00:00Z'))).toBe(18);
  });

  it('counts a 29 February birthday on 1 March in a non-leap year', () => {
    expect(ageInFullYears('2008-02-29', new Date('2026-02-28T12:00:00Z'))).toBe(17);
    expect(ageInFullYears('2008-02-29', new Date('2026-03-01T12:00:00Z'))).toBe(18);
  });
});

type Row = readonly [
  name: string,
  role: PersonRole,
  birthDate: string | undefined,
  group: 'volwassenen' | 'jongeren' | 'kinderen' | null,
  basis: PgChoiceBasis | null,
];

describe('choosePgDefinition', () => {
  const rows: readonly Row[] = [
    ['7, the day before turning 8: no PG', 'kind', '2018-11-23', null, null],
    ['turns 8 today', 'kind', '2018-11-22', 'kinderen', 'age'],
    ['12, the day before turning 13', 'kind', '2013-11-23', 'kinderen', 'age'],
    ['turns 13 today: between versions', 'kind', '2013-11-22', 'jongeren', 'nearest'],
    ['15, the day before turning 16', 'jongere', '2010-11-23', 'jongeren', 'nearest'],
    ['turns 16 today', 'jongere', '2010-11-22', 'jongeren', 'age'],
    ['16 with role volwassene: age decides', 'volwassene', '2010-01-01', 'jongeren', 'age'],
    ['17, the day before turning 18', 'volwassene', '2008-11-23', 'jongeren', 'age'],
    ['turns 18 today, jongere', 'jongere', '2008-11-22', 'jongeren', 'role'],
    ['turns 18 today, volwassene', 'volwassene', '2008-11-22', 'volwassenen', 'role'],
    ['22, role kind: the younger overlapping version', 'kind', '2004-05-05', 'jongeren', 'role'],
    [
      '25, the day before turning 26, volwassene',
      'volwassene',
      '2000-11-23',
      'volwassenen',
      'role',
    ],
    ['25, the day before turning 26, jongere', 'jongere', '2000-11-23', 'jongeren', 'role'],
    ['turns 26 today, jongere: age decides', 'jongere', '2000-11-22', 'volwassenen', 'age'],
    ['80', 'volwassene', '1946-03-01', 'volwassenen', 'age'],
    ['no birth date, kind', 'kind', undefined, 'kinderen', 'role'],
    ['no birth date, jongere', 'jongere', undefined, 'jongeren', 'role'],
    ['no birth date, volwassene', 'volwassene', undefined, 'volwassenen', 'role'],
    ['born in the future: no PG', 'kind', '2027-01-01', null, null],
  ];

  it.each(rows)('%s', (_name, role, birthDate, group, basis) => {
    const choice = choosePgDefinition({ role, birthDate }, NOW);
    if (group === null) {
      expect(choice).toBeNull();
      return;
    }
    expect(choice?.definition.group).toBe(group);
    expect(choice?.basis).toBe(basis);
  });

  it('gives the age it used', () => {
    expect(choosePgDefinition({ role: 'kind', birthDate: '2014-06-01' }, NOW)?.age).toBe(12);
    expect(choosePgDefinition({ role: 'kind' }, NOW)?.age).toBeNull();
  });

  it('always fits the age range unless the basis is nearest', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 110 }),
        fc.constantFrom<PersonRole>('volwassene', 'jongere', 'kind'),
        (years, role) => {
          const birthDate = `${String(2026 - years)}-01-01`;
          const choice = choosePgDefinition({ role, birthDate }, NOW);
          if (years < 8) {
            return choice === null;
          }
          if (choice === null) {
            return false;
          }
          const { min, max } = choice.definition.ageRange;
          const inRange = years >= min && (max === null || years <= max);
          return choice.basis === 'nearest' ? !inRange && years < min : inRange;
        },
      ),
    );
  });
});
