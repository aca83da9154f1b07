import { describe, expect, it } from 'vitest';
import {
  lastActivity,
  recentEntries,
  type CaseloadEntry,
} from '../../../../shared/caseload/caseload-index';

const entry = (id: string, updatedAt: string, lastConversation?: string): CaseloadEntry => ({
  householdId: id,
  label: `Gezin ${id}`,
  persons: [],
  updatedAt,
  ...(lastConversation === undefined ? {} : { lastConversation }),
});

describe('recent households', () => {
  it('counts a conversation day as work on the household', () => {
    expect(lastActivity(entry('a', '2026-11-01T09:00:00.000Z', '2026-11-20'))).toBe(
      '2026-11-20T23:59:59.999Z',
    );
    expect(lastActivity(entry('b', '2026-11-21T09:00:00.000Z', '2026-11-20'))).toBe(
      '2026-11-21T09:00:00.000Z',
    );
    expect(lastActivity(entry('c', '2026-11-21T09:00:00.000Z'))).toBe('2026-11-21T09:00:00.000Z');
  });

  it('puts the household of the latest intake first, and keeps to the limit', () => {
    const entries = [
      entry('oud', '2026-10-01T09:00:00.000Z'),
      entry('gesprek', '2026-09-01T09:00:00.000Z', '2026-11-22'),
      entry('nieuw', '2026-11-21T09:00:00.000Z'),
    ];
    expect(recentEntries(entries, 2).map((item) => item.householdId)).toEqual(['gesprek', 'nieuw']);
  });
});
