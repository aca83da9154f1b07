import { describe, expect, it } from 'vitest';
import { evaluationStatus } from '../../../../shared/caseload/evaluation';

describe('evaluationStatus (caseload and dossier badge)', () => {
  it.each([
    ['no plan', undefined, '2026-05-10', undefined, undefined],
    ['a plan without evaluation days', [], '2026-05-10', undefined, undefined],
    [
      'the day is later',
      ['2026-06-01'],
      '2026-05-10',
      undefined,
      { kind: 'planned', date: '2026-06-01' },
    ],
    [
      'the earliest later day',
      ['2026-09-01', '2026-06-01'],
      '2026-05-10',
      undefined,
      { kind: 'planned', date: '2026-06-01' },
    ],
    ['the day is today', ['2026-05-10'], '2026-05-10', undefined, { kind: 'due' }],
    ['the day has passed', ['2026-05-01', '2026-09-01'], '2026-05-10', undefined, { kind: 'due' }],
    [
      'evaluated on the day: the next one',
      ['2026-05-01', '2026-09-01'],
      '2026-05-10',
      '2026-05-01',
      { kind: 'planned', date: '2026-09-01' },
    ],
    [
      'evaluated before the day: still due',
      ['2026-05-01'],
      '2026-05-10',
      '2026-04-20',
      { kind: 'due' },
    ],
    ['evaluated, nothing planned after', ['2026-05-01'], '2026-05-10', '2026-05-03', undefined],
  ] as const)('%s', (_name, dates, today, last, expected) => {
    expect(evaluationStatus(dates, today, last)).toEqual(expected);
  });
});
