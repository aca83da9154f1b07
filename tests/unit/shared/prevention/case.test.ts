import { describe, expect, it } from 'vitest';
import { parseSuggestCase } from '../../../../shared/prevention/case';
import { formatPreventionIssue } from '../../../../shared/prevention/issues';
import { assessment, household, OTHER_PERSON_ID, person, PERSON_ID, pgScores } from '../builders';

const valid = () => ({
  household: household(),
  persons: [person()],
  assessments: [assessment(pgScores())],
});

describe('the case format of suggest', () => {
  it('reads the household file that score reads, as is', () => {
    const parsed = parseSuggestCase(valid());
    expect(parsed.ok).toBe(true);
  });

  it('reads optional life events, safety concerns and context', () => {
    const parsed = parseSuggestCase({
      ...valid(),
      lifeEvents: [{ personId: PERSON_ID, eventId: 'scheiding', date: '2024-01-01', note: 'x' }],
      safetyConcerns: [{ personId: null, kind: 'kindermishandeling' }],
      context: { householdType: 'eenoudergezin' },
    });
    expect(parsed.ok && parsed.value.context?.householdType).toBe('eenoudergezin');
  });

  it('asks for a household when given one loose assessment', () => {
    const parsed = parseSuggestCase(assessment(pgScores()));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map(formatPreventionIssue)).toEqual([
        expect.stringContaining('"household" ontbreekt'),
      ]);
    }
  });

  it('names each wrong field in Dutch, with list positions from 1', () => {
    const parsed = parseSuggestCase({
      ...valid(),
      lifeEvents: [{ personId: OTHER_PERSON_ID, eventId: 'vakantie' }],
      safetyConcerns: [{ personId: OTHER_PERSON_ID }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((issue) => issue.path)).toEqual([
        'lifeEvents.0.personId',
        'lifeEvents.0.eventId',
        'safetyConcerns.0.personId',
      ]);
      const messages = parsed.issues.map(formatPreventionIssue);
      expect(messages[0]).toContain('"lifeEvents[1].personId"');
      expect(messages[1]).toContain('is geen levensgebeurtenis die we kennen');
    }
  });

  it('keeps the checks of score: an assessment of someone not in the file is refused', () => {
    const parsed = parseSuggestCase({
      ...valid(),
      assessments: [assessment(pgScores(), { personId: OTHER_PERSON_ID })],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((issue) => issue.path)).toEqual(['assessments.0.personId']);
    }
  });

  it('refuses a field it does not know and a wrong household type', () => {
    const parsed = parseSuggestCase({
      ...valid(),
      context: { householdType: 'groot-gezin' },
      extra: 1,
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((issue) => issue.path).sort()).toEqual([
        'context.householdType',
        'extra',
      ]);
    }
  });
});
