import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion,
  declineSuggestion,
  SuggestionDecisionSchema,
  type DecisionMeta,
} from '../../../../shared/prevention/decision';
import { suggest } from '../../../../shared/prevention/engine';
import { parseWith, formatFieldIssue } from '../../../../shared/schemas/zod-messages';
import { assessment, HOUSEHOLD_ID, PERSON_ID, pgScores } from '../builders';
import { caseOf, NOW_2024, WBD } from './helpers';

const meta: DecisionMeta = {
  id: '40000000-0000-4000-8000-000000000001',
  householdId: HOUSEHOLD_ID,
  decidedAt: '2024-07-01T10:15:00Z',
  profile: { id: WBD.id, version: WBD.version },
  engineVersion: '1.0.0',
};

const result = suggest(
  caseOf({ assessments: [assessment(pgScores({ meedoen: 4 }))] }),
  WBD,
  NOW_2024,
);
const [first] = result.suggestions;
if (first === undefined) {
  throw new Error('expected a suggestion');
}

describe('decisions on suggestions (rule 9)', () => {
  it('turns an accepted suggestion into a draft plan action with its actor', () => {
    const decision = SuggestionDecisionSchema.parse(
      acceptSuggestion(first, meta, '40000000-0000-4000-8000-000000000002'),
    );
    expect(decision.kind).toBe('accepted');
    if (decision.kind === 'accepted') {
      expect(decision.planAction).toEqual({
        id: '40000000-0000-4000-8000-000000000002',
        title: first.title,
        actor: first.actor,
        status: 'concept',
      });
      expect([decision.level, decision.theme, decision.opgave]).toEqual([
        first.level,
        first.theme,
        first.opgave,
      ]);
      expect(decision.personIds).toEqual([PERSON_ID]);
    }
  });

  it('keeps a declined suggestion with its reason code', () => {
    const decision = SuggestionDecisionSchema.parse(
      declineSuggestion(first, 'al-in-gebruik', meta),
    );
    expect(decision.kind === 'declined' && decision.reason).toBe('al-in-gebruik');
  });

  it('needs a note when the reason is "anders", and says so in Dutch', () => {
    const parsed = parseWith(SuggestionDecisionSchema, declineSuggestion(first, 'anders', meta));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((issue) => issue.path)).toEqual(['note']);
      expect(parsed.issues.map(formatFieldIssue)).toEqual([
        expect.stringContaining('"note" ontbreekt'),
      ]);
    }
    expect(
      SuggestionDecisionSchema.safeParse(
        declineSuggestion(first, 'anders', { ...meta, note: 'Eerst verhuizen' }),
      ).success,
    ).toBe(true);
  });

  it('records an option the engine did not suggest, in or outside the catalogue', () => {
    const own = {
      id: '40000000-0000-4000-8000-000000000003',
      createdAt: meta.decidedAt,
      updatedAt: meta.decidedAt,
      rev: 1,
      householdId: HOUSEHOLD_ID,
      personIds: [PERSON_ID],
      decidedAt: meta.decidedAt,
      profileId: WBD.id,
      profileVersion: WBD.version,
      engineVersion: '1.0.0',
      kind: 'added',
      catalogueId: null,
      level: null,
      theme: 'T3',
      opgave: 't3-verbondenheid',
      note: 'Buurvrouw gaat mee naar de koffieochtend.',
      planAction: {
        id: '40000000-0000-4000-8000-000000000004',
        title: 'Samen naar de koffieochtend',
        actor: 'netwerk',
        status: 'concept',
      },
    };
    expect(SuggestionDecisionSchema.safeParse(own).success).toBe(true);
    const wrongTheme = parseWith(SuggestionDecisionSchema, { ...own, theme: 'T1' });
    expect(!wrongTheme.ok && wrongTheme.issues.map((issue) => issue.path)).toEqual(['opgave']);
  });

  it('refuses an unknown reason and a change before the record existed', () => {
    const decision = declineSuggestion(first, 'al-in-gebruik', meta);
    const unknown = parseWith(SuggestionDecisionSchema, { ...decision, reason: 'geen-zin' });
    expect(!unknown.ok && unknown.issues.map((issue) => issue.path)).toEqual(['reason']);
    const early = parseWith(SuggestionDecisionSchema, {
      ...decision,
      updatedAt: '2024-06-30T10:00:00Z',
    });
    expect(!early.ok && early.issues.map((issue) => issue.path)).toEqual(['updatedAt']);
  });
});
